import { PrismaClient, Prisma } from "@prisma/client";
import type { NextApiRequest, NextApiResponse } from "next";

const prisma = new PrismaClient();

export async function GET(request: Request) {
  const email = new URL(request.url).searchParams.get("email");
  // ruleid: js-sql-prisma-unsafe-raw
  const users = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
  return Response.json(users);
}

export async function GETSafe(request: Request) {
  const email = new URL(request.url).searchParams.get("email");
  // ok: js-sql-prisma-unsafe-raw
  const users = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  return Response.json(users);
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { table, id } = req.query;
  const statement = 'DELETE FROM "' + table + '" WHERE id = ' + id;
  // ruleid: js-sql-prisma-unsafe-raw
  const count = await prisma.$executeRawUnsafe(statement);
  res.json({ count });
}

// Helper that runs whatever SQL text it is given.
export async function runReport(sqlText: string, ...params: unknown[]) {
  // ruleid: js-sql-prisma-unsafe-raw
  return prisma.$queryRawUnsafe<{ total: number }[]>(sqlText, ...params);
}

export async function archiveInTransaction(ids: string[], reason: string) {
  return prisma.$transaction(async (tx) => {
    let sql = `UPDATE "Order" SET archived = true`;
    sql += `, reason = '${reason}'`;
    // ruleid: js-sql-prisma-unsafe-raw
    await tx.$executeRawUnsafe(sql);
    // ok: js-sql-prisma-unsafe-raw
    await tx.$executeRawUnsafe(`UPDATE "Order" SET archived = true WHERE id = ANY($1::text[])`, ids);
  });
}

const COUNT_USERS = 'SELECT COUNT(*)::int AS n FROM "User" WHERE "createdAt" > $1';

export async function countSince(since: Date) {
  // ok: js-sql-prisma-unsafe-raw
  return prisma.$queryRawUnsafe(COUNT_USERS, since);
}

export async function byIds(ids: number[]) {
  // ok: js-sql-prisma-unsafe-raw
  return prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(", ")})`, ...ids);
}

export async function tagged(id: number) {
  // ok: js-sql-prisma-unsafe-raw
  return prisma.$queryRaw(Prisma.sql`SELECT * FROM "User" WHERE id = ${id}`);
}

export async function truncate(tableName: string) {
  const db = prisma as unknown as PrismaClient;
  // ruleid: js-sql-prisma-unsafe-raw
  await db.$executeRawUnsafe(`TRUNCATE TABLE "${tableName}" CASCADE;`);
}

export async function typedSearch(q: string) {
  // `await x<T>(...)` parses with the await inside the callee.
  // ruleid: js-sql-prisma-unsafe-raw
  return await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "Recipe" WHERE title ILIKE '%${q}%'`);
}
