import express from "express";
import session from "express-session";
import nodemailer from "nodemailer";
import { Pool } from "pg";

// ruleid: js-hardcoded-credential
const DB_PASSWORD = "Tr0ub4dor&3";

// ruleid: js-hardcoded-credential
export const jwtSecret: string = "n8Vq2rXw5tLk9pZs";

export const pool = new Pool({
  host: process.env.PGHOST,
  user: "app",
  // ruleid: js-hardcoded-credential
  password: process.env.PGPASSWORD || "s3cr3t-Passw0rd",
});

export const mailer = nodemailer.createTransport({
  host: "smtp.mailgun.org",
  auth: {
    user: "postmaster@mg.acme-corp.net",
    // ruleid: js-hardcoded-credential
    pass: "9c1f2e8d7b6a5c4d3e2f1a0b",
  },
});

const oauthConfig = {
  clientId: "1093847561-app.apps.googleusercontent.com",
  // ruleid: js-hardcoded-credential
  client_secret: "GOCSPX-4f9Kq2LmZx8Rt7Vb",
  // ok: js-hardcoded-credential
  tokenUrl: "https://oauth2.googleapis.com/token",
};

export class PaymentsClient {
  // ruleid: js-hardcoded-credential
  private readonly apiKey = "pk_9f3b2a7c1d8e4f6a";
  // ok: js-hardcoded-credential
  private readonly apiKeyHeader = "x-api-key";

  async charge(amountCents: number) {
    return fetch("https://payments.acme-corp.net/v1/charges", {
      method: "POST",
      headers: {
        // ruleid: js-hardcoded-credential
        "X-API-Key": "3f7a9c2e5b8d1f4a6c0e",
        // ok: js-hardcoded-credential
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ amount: amountCents, key: this.apiKey }),
    });
  }
}

export async function callPartner() {
  return fetch("https://partner.example.org/api", {
    // ruleid: js-hardcoded-credential
    headers: { Authorization: "Bearer 7f3c9a1e5b2d8f4a6c0e9b7d" },
  });
}

const app = express();
app.use(
  session({
    // ruleid: js-hardcoded-credential
    secret: "keyboard cat",
    resave: false,
    saveUninitialized: false,
  }),
);

// ruleid: js-hardcoded-credential
export function connectAdmin(adminPassword = "Adm1n!2024") {
  // ruleid: js-hardcoded-credential
  process.env.ADMIN_TOKEN = "tkn_83hd72kd92jd83hd";
  return adminPassword;
}

// ---- safe look-alikes ----

// ok: js-hardcoded-credential
const API_KEY = process.env.API_KEY;
// ok: js-hardcoded-credential
const STRIPE_SECRET = process.env.STRIPE_SECRET_KEY ?? "";
// ok: js-hardcoded-credential
const OPENAI_API_KEY = "your-api-key-here";
// ok: js-hardcoded-credential
const SMTP_PASSWORD = "changeme";

export const loginForm = {
  // ok: js-hardcoded-credential
  passwordField: "input[name=password]",
  // ok: js-hardcoded-credential
  passwordMinLength: 12,
  // ok: js-hardcoded-credential
  password: "",
};

// ok: js-hardcoded-credential
export const tokenType = "Bearer";

export const labels = {
  // ok: js-hardcoded-credential
  password: "Password",
  // ok: js-hardcoded-credential
  confirmPassword: "Confirm password",
  // ok: js-hardcoded-credential
  forgotPassword: "forgot-password",
};

// ok: js-hardcoded-credential
const ACCESS_TOKEN = "access_token";
// ok: js-hardcoded-credential
export const REFRESH_TOKEN_STORAGE_KEY = "app.refreshToken";

export const routes = {
  // ok: js-hardcoded-credential
  passwordResetPath: "/auth/reset-password",
  // ok: js-hardcoded-credential
  secretName: "prod/payments/stripe",
};

export const aws = {
  // The secret's name in AWS Secrets Manager, not its value.
  // ok: js-hardcoded-credential
  secretId: "prod/payments/stripe-key",
  // ok: js-hardcoded-credential
  jwtSecret: "JWT_SECRET",
};

export const seedUser = {
  email: "admin@acme-corp.net",
  // ok: js-hardcoded-credential
  password: "$2b$12$KIXQ4Zl2yQ0b7bHh1cT1uO0c6b7vYQ9m7nF5eJ3d1kP2sR8tW4xYz",
};

export function nextPage(res: { nextPageToken?: string }) {
  // ok: js-hardcoded-credential
  const nextPageToken = res.nextPageToken ?? "0";
  // ok: js-hardcoded-credential
  const csrfToken = "X-CSRF-Token";
  return { nextPageToken, csrfToken };
}

export const keys = {
  // ok: js-hardcoded-credential
  privateKey: "certs/jwt-private.pem",
};

export { DB_PASSWORD, oauthConfig, STRIPE_SECRET, OPENAI_API_KEY, SMTP_PASSWORD, API_KEY, ACCESS_TOKEN };

export const firebaseConfig = {
  // ok: js-hardcoded-credential
  apiKey: "AIzaSyAryqYa-abV5fPtm5q6JP3OpbcuVgPiXK4",
  authDomain: "acme-showcase.firebaseapp.com",
  projectId: "acme-showcase",
  storageBucket: "acme-showcase.appspot.com",
};
