import { PrismaClient } from "@prisma/client";

export const prisma = new PrismaClient();

export async function entriesForUser(userId: string) {
  return prisma.$queryRaw`SELECT id, mood, body, created_at FROM entries WHERE user_id = ${userId} ORDER BY created_at DESC`;
}

export async function searchEntries(userId: string, term: string, sort: string) {
  const sql = `SELECT id, mood, body FROM entries WHERE user_id = '${userId}' AND body ILIKE '%${term}%' ORDER BY ${sort}`;
  return prisma.$queryRawUnsafe(sql);
}

export async function moodHistogram(userId: string) {
  return prisma.$queryRawUnsafe("SELECT mood, count(*) FROM entries WHERE user_id = $1 GROUP BY mood", userId);
}
