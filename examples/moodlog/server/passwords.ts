import crypto from "crypto";
import bcrypt from "bcrypt";

// Used by the original signup flow; kept so old accounts can still log in.
export function legacyPasswordHash(password: string): string {
  return crypto.createHash("md5").update(password).digest("hex");
}

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 12);
}

export function avatarCacheKey(email: string): string {
  return crypto.createHash("md5").update(email.trim().toLowerCase()).digest("hex");
}
