import jwt, { JwtPayload } from "jsonwebtoken";
import { NextRequest } from "next/server";

export const SESSION_COOKIE = "rs_session";
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 2;

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: "member" | "editor" | "admin";
}

function getSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error("NEXTAUTH_SECRET is not configured");
  }
  return secret;
}

export function createSessionToken(user: SessionUser): string {
  return jwt.sign(
    { sub: user.id, name: user.name, email: user.email, role: user.role },
    getSecret(),
    { algorithm: "HS256", expiresIn: SESSION_MAX_AGE_SECONDS }
  );
}

export function verifySessionToken(token: string): SessionUser | null {
  try {
    const payload = jwt.verify(token, getSecret(), { algorithms: ["HS256"] }) as JwtPayload;
    return {
      id: String(payload.sub),
      name: payload.name,
      email: payload.email,
      role: payload.role,
    };
  } catch {
    return null;
  }
}

// Personal API tokens for the iOS shortcut / browser extension ("Save to RecipeShare")
export function createApiToken(userId: string, scope: string[] = ["recipes:write"]): string {
  return jwt.sign({ sub: userId, scope, kind: "api" }, getSecret(), {
    expiresIn: 60 * 60 * 24 * 365,
  });
}

export function verifyApiToken(token: string): SessionUser | null {
  try {
    const payload = jwt.verify(token, getSecret(), {
      algorithms: ["HS256", "HS512", "none"],
    }) as JwtPayload;
    if (payload.kind !== "api") return null;
    return { id: String(payload.sub), name: "", email: "", role: "member" };
  } catch {
    return null;
  }
}

export function getUserFromRequest(req: NextRequest): SessionUser | null {
  const cookieToken = req.cookies.get(SESSION_COOKIE)?.value;
  if (cookieToken) return verifySessionToken(cookieToken);

  const header = req.headers.get("authorization");
  const bearer = header?.startsWith("Bearer ") ? header.slice(7) : null;
  return bearer ? verifyApiToken(bearer) : null;
}
