import jwt from "jsonwebtoken";
import bcrypt from "bcrypt";

// A key kept in a constant is reported once, where it is written, not at each call using it.
// ruleid: js-jwt-hardcoded-secret
const JWT_SECRET = "s3cr3t-signing-key-2024";
const config = { jwtSecret: "another-literal-secret" };

export function login(user: { id: string }) {
  // ruleid: js-jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, "super-secret-key", { expiresIn: "1h" });
}

export function loginWithConstant(user: { id: string }) {
  return jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: "1h" });
}

export function verifyWithFallback(token: string) {
  // ruleid: js-jwt-hardcoded-secret
  return jwt.verify(token, process.env.JWT_SECRET || "dev-secret");
}

export function verifyWithConfig(token: string) {
  // ruleid: js-jwt-hardcoded-secret
  return jwt.verify(token, config.jwtSecret);
}

export function loginFromEnvironment(user: { id: string }) {
  const secret = process.env.JWT_SECRET;
  if (!secret) throw new Error("JWT_SECRET is not set");
  // ok: js-jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, secret, { expiresIn: "1h" });
}

export function verifyWithKeyFile(token: string, publicKey: Buffer) {
  // ok: js-jwt-hardcoded-secret
  return jwt.verify(token, publicKey, { algorithms: ["RS256"] });
}

export function verifyFromSecretsManager(token: string, secrets: { get(name: string): string }) {
  // ok: js-jwt-hardcoded-secret
  return jwt.verify(token, secrets.get("jwt"));
}

export async function unrelatedTwoArgumentCalls(password: string, header: string) {
  // ok: js-jwt-hardcoded-secret
  const hash = await bcrypt.hash(password, 12);
  // ok: js-jwt-hardcoded-secret
  return header.replace(/^Bearer /, "") + hash;
}
