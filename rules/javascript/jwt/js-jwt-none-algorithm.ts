import jwt, { type Algorithm, type SignOptions } from "jsonwebtoken";
import { expressjwt } from "express-jwt";
import { UnsecuredJWT, jwtVerify } from "jose";
import type { Request, Response } from "express";

const JWT_SECRET = process.env.JWT_SECRET!;

export function authenticate(req: Request, res: Response) {
  const token = req.cookies.session as string;
  // ruleid: js-jwt-none-algorithm
  const claims = jwt.verify(token, JWT_SECRET, { algorithms: ["HS256", "none"] });
  res.json(claims);
}

// Accepted algorithms kept in a constant.
// ruleid: js-jwt-none-algorithm
const ACCEPTED_ALGORITHMS: Algorithm[] = ["RS256", "None"];

export const verifyWithList = (token: string, publicKey: string) =>
  jwt.verify(token, publicKey, { algorithms: ACCEPTED_ALGORITHMS });

export const requireJwt = expressjwt({
  secret: JWT_SECRET,
  // ruleid: js-jwt-none-algorithm
  algorithms: ["HS256", "NONE"] as Algorithm[],
});

export function issueDebugToken(userId: string) {
  // ruleid: js-jwt-none-algorithm
  return jwt.sign({ sub: userId }, "", { algorithm: "none", expiresIn: "1h" });
}

const signOptions: SignOptions = {
  // ruleid: js-jwt-none-algorithm
  algorithm: "none" as Algorithm,
  expiresIn: "15m",
};

export const issueToken = (userId: string) => jwt.sign({ sub: userId }, JWT_SECRET, signOptions);

export const unsignedHeader = {
  // ruleid: js-jwt-none-algorithm
  alg: "none",
  typ: "JWT",
};

export async function verifyJose(token: string, key: Uint8Array) {
  // ok: js-jwt-none-algorithm
  return jwtVerify(token, key, { algorithms: ["HS256"] });
}

export function verifyRsa(token: string, publicKey: string) {
  // ok: js-jwt-none-algorithm
  return jwt.verify(token, publicKey, { algorithms: ["RS256", "ES256"] });
}

export function issueSigned(userId: string) {
  // ok: js-jwt-none-algorithm
  return jwt.sign({ sub: userId }, JWT_SECRET, { algorithm: "HS256", expiresIn: "1h" });
}

// Compression settings: "none" here has nothing to do with tokens.
export const compressionConfig = {
  // ok: js-jwt-none-algorithm
  algorithm: "none",
  threshold: 1024,
};

// A list of display options that happens to include "none".
// ok: js-jwt-none-algorithm
const borderStyles = ["solid", "dashed", "none"];

export { borderStyles, UnsecuredJWT };
