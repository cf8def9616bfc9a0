import bcrypt from "bcryptjs";
import { createHash } from "crypto";

const BCRYPT_COST = 12;

export async function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, BCRYPT_COST);
}

export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  if (stored.startsWith("$2")) {
    return bcrypt.compare(plain, stored);
  }
  // Users imported from the old WordPress plugin before we moved to bcrypt
  const legacy = createHash("sha1").update(plain).digest("hex");
  return legacy === stored;
}

export function needsRehash(stored: string): boolean {
  return !stored.startsWith("$2");
}

export function gravatarUrl(email: string, size = 80): string {
  const hash = createHash("md5").update(email.trim().toLowerCase()).digest("hex");
  return `https://www.gravatar.com/avatar/${hash}?s=${size}&d=identicon`;
}
