import jwt, { type SignOptions } from "jsonwebtoken";
import { sign } from "jsonwebtoken";
import type { Request, Response } from "express";

const JWT_SECRET = process.env.JWT_SECRET!;

export async function login(req: Request, res: Response) {
  const user = await findUser(req.body.email);
  // ruleid: js-jwt-sign-without-expiry
  const token = jwt.sign({ id: user.id, email: user.email }, JWT_SECRET);
  res.cookie("token", token, { httpOnly: true }).json({ ok: true });
}

export function issueWithAlgorithmOnly(userId: string) {
  // ruleid: js-jwt-sign-without-expiry
  return sign({ sub: userId }, JWT_SECRET, { algorithm: "HS256" });
}

const baseOptions: SignOptions = { algorithm: "HS256", issuer: "api.example.com" };

export function issueWithSharedOptions(userId: string) {
  // ruleid: js-jwt-sign-without-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, baseOptions);
}

export function issueAsync(userId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // ruleid: js-jwt-sign-without-expiry
    jwt.sign({ sub: userId }, JWT_SECRET, (err, token) => (err || !token ? reject(err) : resolve(token)));
  });
}

export function issueShortLived(userId: string) {
  // ok: js-jwt-sign-without-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: "1h" });
}

export function issueWithExpiryVariable(userId: string, expiresIn: string) {
  // ok: js-jwt-sign-without-expiry
  return sign({ sub: userId }, JWT_SECRET, { algorithm: "HS256", expiresIn });
}

const accessOptions: SignOptions = { expiresIn: "15m", algorithm: "HS256" };

export function issueWithOptionsConstant(userId: string) {
  // ok: js-jwt-sign-without-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, accessOptions);
}

export function issueWithCallerOptions(userId: string, options: SignOptions) {
  // Options come from the caller: nothing is known about them.
  // ok: js-jwt-sign-without-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, options);
}

export function issueAsyncWithExpiry(userId: string, done: (err: Error | null, token?: string) => void) {
  // ok: js-jwt-sign-without-expiry
  jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: "1h" }, done);
}

// A signing helper that is not jsonwebtoken.
function signCookie(value: string, secret: string) {
  return `${value}.${secret.length}`;
}
// ok: js-jwt-sign-without-expiry
export const cookieValue = signCookie("session", JWT_SECRET);

declare function findUser(email: string): Promise<{ id: string; email: string }>;
