import Stripe from "stripe";
import OpenAI from "openai";
import { S3Client } from "@aws-sdk/client-s3";
import { Octokit } from "@octokit/rest";
import { createClient } from "@supabase/supabase-js";
import { Pool } from "pg";
import sgMail from "@sendgrid/mail";

// ruleid: js-secret-known-format
const stripe = new Stripe("sk_live_LKOmxgJTeKdNnFRIBXuDL7Dx", { apiVersion: "2024-06-20" });

export const openai = new OpenAI({
  // ruleid: js-secret-known-format
  apiKey: "sk-proj-MFxFkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKqFY",
});

export const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    // ruleid: js-secret-known-format
    accessKeyId: "AKIAUJZDE8GXD6NCF10E",
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
  },
});

// ruleid: js-secret-known-format
export const octokit = new Octokit({ auth: `ghp_pfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0Rlg` });

// The service-role key bypasses row-level security: it must never be in code.
export const supabaseAdmin = createClient(
  "https://qwhdjqkwhdkqwjhdq.supabase.co",
  // ruleid: js-secret-known-format
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3aGRqcWt3aGRrcXdqaGRxIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDE1MDAwMDAwfQ.kCiHp6bR1IqfEouHgxzNNAL5wIScGebcy8F5n3-YNBD",
);

export const pool = new Pool({
  // ruleid: js-secret-known-format
  connectionString: process.env.DATABASE_URL ?? "postgres://app_admin:Tr0ub4dor-3@db.internal.acme-corp.net:5432/app",
});

// ruleid: js-secret-known-format
sgMail.setApiKey("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");

export async function notifySlack(text: string) {
  // ruleid: js-secret-known-format
  await fetch("https://hooks.slack.com/services/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", {
    method: "POST",
    body: JSON.stringify({ text }),
  });
}

// ruleid: js-secret-known-format
const SIGNING_KEY = `-----BEGIN RSA PRIVATE KEY-----
RzrZSgqbjG3uhkWKFLf6xuI5aHUQPFeNBTxaQWk8JzFalHlsZfYcMMDktXP/tKsf
2rcDkdfrUnW5gcF+Ha6ili8GjHEAD6/Wj9KfzjsQGMrb9h+ImB+LK777pzNk8cL6
-----END RSA PRIVATE KEY-----`;

// The anon key is public by design (row-level security protects the data).
export const supabase = createClient(
  "https://qwhdjqkwhdkqwjhdq.supabase.co",
  // ok: js-secret-known-format
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3aGRqcWt3aGRrcXdqaGRxIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTAwMDAwMH0.ZR1zTOlUcR64cXQLioDnkHIfxIq2HZt-PlJhx2jIclH",
);

// ok: js-secret-known-format
export const stripeFromEnv = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });

// AWS's documented example key is a placeholder.
// ok: js-secret-known-format
export const docsExampleKey = "AKIAIOSFODNN7EXAMPLE";

export function normalisePrivateKey(raw: string) {
  // ok: js-secret-known-format
  if (!raw.includes("-----BEGIN PRIVATE KEY-----")) throw new Error("not a PKCS#8 key");
  return raw.replace(/\\n/g, "\n");
}

// Local development database started by docker compose.
// ok: js-secret-known-format
export const devDatabaseUrl = "postgres://app:devpassword@localhost:5432/app_dev";

export function buildDatabaseUrl(user: string, password: string, host: string) {
  // ok: js-secret-known-format
  return `postgres://${user}:${password}@${host}:5432/app`;
}

// ok: js-secret-known-format
export const stripePublishableKey = "pk_live_51HxLKOmxgJTeKdNnFRIBXuDL7Dx";

export { stripe, SIGNING_KEY };
