import bcrypt from "bcrypt";
import * as bcryptjs from "bcryptjs";
import { hash, genSaltSync, compare } from "bcryptjs";
import type { Request, Response } from "express";

const passwordHasher = require("bcrypt");

const SALT_ROUNDS = 8;
const BCRYPT_COST = 12;

export async function register(req: Request, res: Response) {
  const { email, password } = req.body as { email: string; password: string };
  // ruleid: js-bcrypt-low-cost
  const passwordHash = await bcrypt.hash(password, SALT_ROUNDS);
  await db.user.create({ data: { email, passwordHash } });
  res.status(201).end();
}

export function hashSyncLegacy(password: string): string {
  // ruleid: js-bcrypt-low-cost
  return bcryptjs.hashSync(password, 6);
}

export async function saltFirst(password: string) {
  // ruleid: js-bcrypt-low-cost
  const salt = await bcrypt.genSalt(5);
  return bcrypt.hash(password, salt);
}

export function namedImports(password: string) {
  // ruleid: js-bcrypt-low-cost
  const salt = genSaltSync(4);
  return hash(password, salt);
}

export function callbackStyle(password: string, done: (err: Error | undefined, hash: string) => void) {
  // ruleid: js-bcrypt-low-cost
  passwordHasher.hash(password, 9, done);
}

export async function namedHash(password: string) {
  // ruleid: js-bcrypt-low-cost
  return hash(password, 7);
}

export async function strongEnough(password: string) {
  // ok: js-bcrypt-low-cost
  return bcrypt.hash(password, BCRYPT_COST);
}

export async function minimumRecommended(password: string) {
  // ok: js-bcrypt-low-cost
  const salt = await bcryptjs.genSalt(10);
  return bcryptjs.hash(password, salt);
}

export async function defaultRounds(password: string) {
  // genSalt() without an argument uses the library default of 10.
  // ok: js-bcrypt-low-cost
  const salt = await bcrypt.genSalt();
  return bcrypt.hash(password, salt);
}

export async function fromEnvironment(password: string) {
  // ok: js-bcrypt-low-cost
  return bcrypt.hash(password, Number(process.env.BCRYPT_ROUNDS ?? 12));
}

// A cheap cost only under the test runner.
const ROUNDS = process.env.NODE_ENV === "test" ? 1 : 12;

export async function hashForEnvironment(password: string) {
  // ok: js-bcrypt-low-cost
  return bcrypt.hash(password, ROUNDS);
}

export async function verify(password: string, stored: string) {
  // ok: js-bcrypt-low-cost
  return compare(password, stored);
}

// A different library's hash(data, length) is not bcrypt.
function hashSlice(input: string, length: number) {
  return input.slice(0, length);
}
// ok: js-bcrypt-low-cost
export const shortId = hashSlice("abcdef", 4);

declare const db: { user: { create(args: unknown): Promise<unknown> } };
