import jwt, { type JwtPayload } from "jsonwebtoken";
import { decode } from "jsonwebtoken";
import * as jose from "jose";
import { decodeJwt } from "jose";
import { jwtDecode } from "jwt-decode";
import jwksClient from "jwks-rsa";
import express, { type NextFunction, type Request, type Response } from "express";
import { NextRequest, NextResponse } from "next/server";

const router = express.Router();

// Express middleware that trusts an unverified token.
export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace("Bearer ", "") ?? "";
  // ruleid: js-jwt-decode-as-verification
  const payload = jwt.decode(token) as JwtPayload | null;
  if (!payload?.sub) return res.status(401).json({ error: "unauthorised" });
  (req as any).user = { id: payload.sub, role: payload.role };
  next();
}

router.get("/api/orders", async (req, res) => {
  // ruleid: js-jwt-decode-as-verification
  const { userId } = decode(req.cookies.token) as { userId: string };
  res.json(await listOrders(userId));
});

// A helper named for what it is used for.
export async function authenticate(token: string) {
  // ruleid: js-jwt-decode-as-verification
  const claims = jose.decodeJwt(token);
  return { id: claims.sub as string, admin: claims.admin === true };
}

// Next.js middleware (edge runtime) deciding access from decoded claims.
export function middleware(request: NextRequest) {
  const token = request.cookies.get("session")?.value;
  // ruleid: js-jwt-decode-as-verification
  const claims = token ? decodeJwt(token) : null;
  if (request.nextUrl.pathname.startsWith("/admin") && claims?.role !== "admin") {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  return NextResponse.next();
}

// jwt-decode is a browser library; on the server it is a missing signature check.
export async function GET(request: Request) {
  const token = request.headers.get("authorization")?.slice(7) ?? "";
  // ruleid: js-jwt-decode-as-verification
  const { sub } = jwtDecode<{ sub: string }>(token);
  return Response.json(await loadProfile(sub));
}

export class AuthGuard {
  constructor(private readonly jwtService: { decode(token: string): any }) {}

  canActivate(context: { switchToHttp(): { getRequest(): any } }) {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.split(" ")[1];
    // ruleid: js-jwt-decode-as-verification
    request.user = this.jwtService.decode(token);
    return Boolean(request.user);
  }
}

// ---- safe look-alikes ----

export function requireVerifiedUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace("Bearer ", "") ?? "";
  try {
    // ok: js-jwt-decode-as-verification
    const payload = jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as JwtPayload;
    (req as any).user = { id: payload.sub };
    next();
  } catch {
    res.status(401).end();
  }
}

const keys = jwksClient({ jwksUri: "https://login.acme-corp.net/.well-known/jwks.json" });

// Reading the key id from the header, then verifying with the matching key.
export async function verifyWithJwks(req: Request, res: Response) {
  const token = req.headers.authorization?.slice(7) ?? "";
  // ok: js-jwt-decode-as-verification
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) return res.status(401).end();
  const key = await keys.getSigningKey(decoded.header.kid);
  const payload = jwt.verify(token, key.getPublicKey(), { algorithms: ["RS256"] });
  res.json(payload);
}

export async function joseVerified(request: Request) {
  const token = request.headers.get("authorization")?.slice(7) ?? "";
  // ok: js-jwt-decode-as-verification
  const header = jose.decodeProtectedHeader(token);
  const { payload } = await jose.jwtVerify(token, new TextEncoder().encode(process.env.JWT_SECRET!), {
    algorithms: [header.alg as string],
  });
  return Response.json(payload);
}

// Logout behind verifying middleware: the token is only read for its expiry.
router.post("/api/logout", async (req, res) => {
  const token = req.headers.authorization?.slice(7) ?? "";
  // ok: js-jwt-decode-as-verification
  const { exp } = jwt.decode(token) as JwtPayload;
  await denylist.add(token, (exp ?? 0) - Math.floor(Date.now() / 1000));
  res.status(204).end();
});

// Not auth: a utility that reports when a token expires, for a scheduler.
export function tokenExpiresAt(token: string): Date | null {
  // ok: js-jwt-decode-as-verification
  const payload = jwt.decode(token) as JwtPayload | null;
  return payload?.exp ? new Date(payload.exp * 1000) : null;
}

declare const denylist: { add(token: string, ttlSeconds: number): Promise<void> };
declare function listOrders(userId: string): Promise<unknown[]>;
declare function loadProfile(userId: string): Promise<unknown>;

export default router;
