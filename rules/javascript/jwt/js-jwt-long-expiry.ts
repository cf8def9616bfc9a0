import jwt from "jsonwebtoken";
import { sign } from "jsonwebtoken";
import { SignJWT } from "jose";
import { JwtModule } from "@nestjs/jwt";
import type { Request, Response } from "express";

const JWT_SECRET = process.env.JWT_SECRET!;
const TOKEN_LIFETIME = "90d";

export async function login(req: Request, res: Response) {
  const user = await findUser(req.body.email, req.body.password);
  // ruleid: js-jwt-long-expiry
  const token = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: "30d" });
  res.json({ token });
}

export function issueYearLongToken(userId: string) {
  // ruleid: js-jwt-long-expiry
  return sign({ sub: userId }, JWT_SECRET, { algorithm: "HS256", expiresIn: 60 * 60 * 24 * 30 });
}

export function issueFromConstant(userId: string) {
  // ruleid: js-jwt-long-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: TOKEN_LIFETIME });
}

export const AuthModule = JwtModule.register({
  secret: JWT_SECRET,
  // ruleid: js-jwt-long-expiry
  signOptions: { expiresIn: "1y" },
});

export async function joseToken(userId: string, key: Uint8Array) {
  return new SignJWT({ sub: userId })
    .setProtectedHeader({ alg: "HS256" })
    // ruleid: js-jwt-long-expiry
    .setExpirationTime("2 weeks")
    .sign(key);
}

export function shortLived(userId: string) {
  // ok: js-jwt-long-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: "15m" });
}

export function exactlyOneWeek(userId: string) {
  // ok: js-jwt-long-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: "7d" });
}

export function issueTokenPair(userId: string) {
  // ok: js-jwt-long-expiry
  const accessToken = jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: "1h" });
  // Refresh tokens are meant to live longer; they are rotated and checked server-side.
  // ok: js-jwt-long-expiry
  const refreshToken = jwt.sign({ sub: userId }, process.env.REFRESH_SECRET!, { expiresIn: "30d" });
  return { accessToken, refreshToken };
}

export function signRefreshToken(userId: string) {
  // A year-long refresh JWT cannot be revoked when the device is lost.
  // ruleid: js-jwt-long-expiry
  return jwt.sign({ sub: userId, type: "refresh" }, process.env.REFRESH_SECRET!, { expiresIn: "365d" });
}

export function signSessionToken(userId: string, rememberMe: boolean) {
  // ruleid: js-jwt-long-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: rememberMe ? "90d" : "8h" });
}

export function signShortSessionToken(userId: string, elevated: boolean) {
  // ok: js-jwt-long-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: elevated ? "15m" : "8h" });
}

export function loginResponse(res: Response, userId: string, refreshToken: string) {
  res.json({
    // ruleid: js-jwt-long-expiry
    token: jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: "365d" }),
    refreshToken,
  });
}

// Not a JWT: a presigned upload URL option with the same key name.
// ok: js-jwt-long-expiry
export const uploadUrlOptions = { expiresIn: 3600 };

// Session cookie lifetime: a different mechanism.
// ok: js-jwt-long-expiry
export const sessionConfig = { cookie: { maxAge: 1000 * 60 * 60 * 24 * 30 } };

export function fromEnvironment(userId: string) {
  // The default applies only when the variable is missing; the engine does not read `||` here.
  // todoruleid: js-jwt-long-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: process.env.JWT_EXPIRES_IN || "30d" });
}

export function sharedOptions(userId: string) {
  // ruleid: js-jwt-long-expiry
  const options = { algorithm: "HS256" as const, expiresIn: "60d" };
  return jwt.sign({ sub: userId }, JWT_SECRET, options);
}

export function shorthandOption(userId: string) {
  const expiresIn = "45d";
  // `{ expiresIn }` shorthand: the engine does not resolve a shorthand property to its binding.
  // todoruleid: js-jwt-long-expiry
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn });
}

declare function findUser(email: string, password: string): Promise<{ id: string; role: string }>;
