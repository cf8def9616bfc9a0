import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

type SearchHit = { id: string; title: string; summary: string; rank: number };

export async function GET(req: NextRequest) {
  const { searchParams } = new URL(req.url);
  const q = (searchParams.get("q") ?? "").trim();
  const sort = searchParams.get("sort") ?? "rank";
  const mode = searchParams.get("mode");

  if (!q) return NextResponse.json({ results: [] });

  try {
    if (mode === "suggest") {
      // autocomplete: titles starting with what the user typed so far
      const suggestions = await prisma.$queryRawUnsafe<{ title: string }[]>(
        'SELECT title FROM "Recipe" WHERE title ILIKE $1 ORDER BY views DESC LIMIT 8',
        `${q}%`
      );
      return NextResponse.json({ suggestions: suggestions.map((s) => s.title) });
    }

    const results = await prisma.$queryRawUnsafe<SearchHit[]>(`
      SELECT id, title, summary,
             ts_rank(to_tsvector('english', title || ' ' || summary), plainto_tsquery('english', '${q}')) AS rank
        FROM "Recipe"
       WHERE to_tsvector('english', title || ' ' || summary) @@ plainto_tsquery('english', '${q}')
       ORDER BY ${sort} DESC
       LIMIT 30
    `);
    return NextResponse.json({ results });
  } catch (e) {
    console.error("search failed", { q, sort }, e);
    return NextResponse.json({ error: "Search is temporarily unavailable" }, { status: 500 });
  }
}
