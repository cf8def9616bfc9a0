import crypto, { createHash } from "crypto";
import md5 from "md5";
import CryptoJS from "crypto-js";
import { sha256 } from "js-sha256";
import bcrypt from "bcrypt";
import argon2 from "argon2";
import type { Request, Response } from "express";

export async function register(req: Request, res: Response) {
  const { email, password } = req.body as { email: string; password: string };
  // ruleid: js-weak-password-hash
  const passwordHash = crypto.createHash("md5").update(password).digest("hex");
  await db.users.insert({ email, passwordHash });
  res.status(201).end();
}

export function checkLogin(user: { passwordHash: string; salt: string }, candidatePassword: string) {
  // A salt does not make SHA-256 slow enough for passwords.
  // ruleid: js-weak-password-hash
  const digest = createHash("sha256").update(user.salt + candidatePassword).digest("hex");
  return digest === user.passwordHash;
}

export function legacyHash(req: Request) {
  // ruleid: js-weak-password-hash
  return md5(req.body.password);
}

export function clientSideHash(form: { username: string; pwd: string }) {
  // ruleid: js-weak-password-hash
  return { username: form.username, pwd: CryptoJS.SHA1(form.pwd).toString() };
}

export function streamingHash(newPass: string) {
  const hash = crypto.createHash("sha1");
  // ruleid: js-weak-password-hash
  hash.update(newPass, "utf8");
  return hash.digest("base64");
}

export function jsSha(password: string) {
  // ruleid: js-weak-password-hash
  return sha256(password);
}

export async function webCrypto(password: string) {
  // ruleid: js-weak-password-hash
  const bytes = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(password));
  return Buffer.from(bytes).toString("hex");
}

export function gravatarUrl(email: string) {
  // ok: js-weak-password-hash
  return `https://www.gravatar.com/avatar/${md5(email.trim().toLowerCase())}`;
}

export function etagFor(body: Buffer) {
  // ok: js-weak-password-hash
  return crypto.createHash("sha1").update(body).digest("base64");
}

export function storeResetToken(passwordResetToken: string) {
  // Random reset tokens only need a fast hash.
  // ok: js-weak-password-hash
  return crypto.createHash("sha256").update(passwordResetToken).digest("hex");
}

export async function hashWithBcrypt(password: string) {
  // ok: js-weak-password-hash
  return bcrypt.hash(password, 12);
}

export async function hashWithArgon(password: string) {
  // ok: js-weak-password-hash
  return argon2.hash(password, { type: argon2.argon2id });
}

export function hashWithScrypt(password: string) {
  const salt = crypto.randomBytes(16);
  // ok: js-weak-password-hash
  const key = crypto.scryptSync(password, salt, 64);
  return `${salt.toString("hex")}:${key.toString("hex")}`;
}

export function cacheKey(passportStrategy: string, url: string) {
  // ok: js-weak-password-hash
  return crypto.createHash("sha256").update(`${passportStrategy}:${url}`).digest("hex");
}

declare const db: { users: { insert(row: unknown): Promise<void> } };
