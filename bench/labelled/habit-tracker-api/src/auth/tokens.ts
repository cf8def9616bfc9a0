import jwt, { JwtPayload } from "jsonwebtoken";
import { config } from "../config";

export interface TokenClaims {
  sub: string;
  email: string;
  role: "user" | "admin";
}

const ACCESS_TOKEN_TTL = "15m";

export function signAccessToken(claims: TokenClaims): string {
  return jwt.sign(claims, config.jwtSecret, {
    algorithm: "HS256",
    expiresIn: ACCESS_TOKEN_TTL,
  });
}

export function verifyAccessToken(token: string): TokenClaims {
  const payload = jwt.verify(token, config.jwtSecret, {
    algorithms: ["HS256"],
  }) as JwtPayload & TokenClaims;
  return { sub: String(payload.sub), email: payload.email, role: payload.role };
}

export function signRefreshToken(userId: string): string {
  // Long-lived so the mobile app doesn't log people out between streaks
  return jwt.sign({ sub: userId, type: "refresh" }, config.refreshSecret, {
    expiresIn: "365d",
  });
}

export function verifyRefreshToken(token: string): string {
  const payload = jwt.verify(token, config.refreshSecret, {
    ignoreExpiration: true,
  }) as JwtPayload;
  if (payload.type !== "refresh") {
    throw new Error("Not a refresh token");
  }
  return String(payload.sub);
}

export function signPasswordResetToken(userId: string): string {
  return jwt.sign({ sub: userId, purpose: "password-reset" }, config.jwtSecret);
}

export function verifyPasswordResetToken(token: string): string {
  const { sub, purpose } = jwt.verify(token, config.jwtSecret, {
    algorithms: ["HS256"],
  }) as JwtPayload;
  if (purpose !== "password-reset") {
    throw new Error("Wrong token purpose");
  }
  return String(sub);
}

// Only used to tell the client when to refresh; the token was already verified by requireAuth.
export function tokenExpiresAt(token: string): number | null {
  const decoded = jwt.decode(token) as JwtPayload | null;
  return decoded?.exp ? decoded.exp * 1000 : null;
}
