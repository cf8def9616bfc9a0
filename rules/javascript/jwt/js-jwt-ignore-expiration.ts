import jwt, { JwtPayload, VerifyOptions } from "jsonwebtoken";
import { Strategy as JwtStrategy, ExtractJwt } from "passport-jwt";
import passport from "passport";
import type { NextFunction, Request, Response } from "express";

const JWT_SECRET = process.env.JWT_SECRET as string;

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(" ")[1];
  if (!token) return res.status(401).json({ error: "missing token" });
  try {
    const payload = jwt.verify(token, JWT_SECRET, {
      algorithms: ["HS256"],
      // ruleid: js-jwt-ignore-expiration
      ignoreExpiration: true,
    }) as JwtPayload;
    (req as any).user = { id: payload.sub };
    next();
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
}

// Options kept in a variable and reused.
const verifyOptions: VerifyOptions = {
  issuer: "api.example.com",
  // ruleid: js-jwt-ignore-expiration
  ignoreExpiration: true,
};

export const decodeSession = (token: string) => jwt.verify(token, JWT_SECRET, verifyOptions);

passport.use(
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: JWT_SECRET,
      // ruleid: js-jwt-ignore-expiration
      "ignoreExpiration": true,
    },
    (payload: JwtPayload, done: (err: unknown, user?: unknown) => void) => done(null, payload),
  ),
);

export function legacyOptions() {
  const opts: VerifyOptions = { algorithms: ["HS256"] };
  if (process.env.LEGACY_CLIENTS) {
    // ruleid: js-jwt-ignore-expiration
    opts.ignoreExpiration = true;
  }
  return opts;
}

export async function verifyStrict(token: string) {
  // ok: js-jwt-ignore-expiration
  return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"], ignoreExpiration: false });
}

export function verifyWithTolerance(token: string) {
  // A small clock skew allowance still enforces expiry.
  // ok: js-jwt-ignore-expiration
  return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"], clockTolerance: 30 });
}

// Unrelated option names that merely contain the word.
const cacheConfig = {
  // ok: js-jwt-ignore-expiration
  ignoreExpirationHeaders: true,
  // ok: js-jwt-ignore-expiration
  ignoreExpiration: "never",
};

export const settings = { cacheConfig };
