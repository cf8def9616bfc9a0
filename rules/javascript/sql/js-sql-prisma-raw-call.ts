import { PrismaClient, Prisma } from "@prisma/client";
import type { Request, Response } from "express";

const prisma = new PrismaClient();

export async function searchPosts(req: Request, res: Response) {
  const { userId, q } = req.query as { userId: string; q: string };
  const rows = await prisma.$queryRaw(
    // ruleid: js-sql-prisma-raw-call
    `SELECT * FROM "Post" WHERE "authorId" = ${userId} AND title ILIKE '%${q}%'`
  );
  res.json(rows);
}

export async function searchPostsSafe(req: Request, res: Response) {
  const { userId, q } = req.query as { userId: string; q: string };
  // ok: js-sql-prisma-raw-call
  const rows = await prisma.$queryRaw`SELECT * FROM "Post" WHERE "authorId" = ${userId} AND title ILIKE ${"%" + q + "%"}`;
  res.json(rows);
}

export async function deactivate(ids: string) {
  let query = 'UPDATE "User" SET active = false';
  query += ' WHERE id IN (' + ids + ')';
  // ruleid: js-sql-prisma-raw-call
  return prisma.$executeRaw(query);
}

export async function sortedUsers(column: string) {
  // ruleid: js-sql-prisma-raw-call
  return prisma.$queryRaw<{ id: number }[]>(Prisma.raw(`SELECT id FROM "User" ORDER BY ${column}`));
}

export async function ordersFor(tx: Prisma.TransactionClient, status: string) {
  // ruleid: js-sql-prisma-raw-call
  return tx.$queryRaw("SELECT * FROM \"Order\" WHERE status = '" + status + "'");
}

export async function composed(userId: number, status?: string) {
  const filter = status ? Prisma.sql`AND status = ${status}` : Prisma.empty;
  const query = Prisma.sql`SELECT * FROM "Order" WHERE "userId" = ${userId} ${filter}`;
  // ok: js-sql-prisma-raw-call
  return prisma.$queryRaw(query);
}

export async function runPrepared(query: Prisma.Sql) {
  // ok: js-sql-prisma-raw-call
  return prisma.$queryRaw(query);
}

export async function joined(ids: number[]) {
  // ok: js-sql-prisma-raw-call
  return prisma.$queryRaw(Prisma.sql`SELECT * FROM "User" WHERE id IN (${Prisma.join(ids)})`);
}

export async function constantRaw() {
  // ok: js-sql-prisma-raw-call
  return prisma.$executeRaw(Prisma.raw('VACUUM ANALYZE "User"'));
}

export async function sortPosts(sort: string, direction: "ASC" | "DESC") {
  // ruleid: js-sql-prisma-raw-call
  return prisma.$queryRaw`SELECT * FROM "Post" ORDER BY ${Prisma.raw(`"${sort}" ${direction}`)}`;
}

const SORTABLE = { title: Prisma.sql`"title"`, created: Prisma.sql`"createdAt"` };

export async function sortPostsSafe(sort: keyof typeof SORTABLE) {
  const order = SORTABLE[sort] ?? SORTABLE.created;
  // ok: js-sql-prisma-raw-call
  return prisma.$queryRaw`SELECT * FROM "Post" ORDER BY ${order} ${Prisma.raw("DESC")}`;
}
