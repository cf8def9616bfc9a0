import { NextRequest, NextResponse } from "next/server";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";

type IngredientCount = { name: string; uses: number };

// GET /api/ingredients?prefix=tom          -> autocomplete for the recipe editor
// GET /api/ingredients?popular=1&limit=20  -> "popular ingredients" sidebar
export async function GET(req: NextRequest) {
  const { searchParams } = new URL(req.url);
  const prefix = searchParams.get("prefix");
  const limit = Math.min(Number(searchParams.get("limit")) || 10, 50);

  if (searchParams.get("popular")) {
    const popular = await prisma.$queryRaw<IngredientCount[]>(
      Prisma.sql`SELECT lower(i->>'name') AS name, count(*)::int AS uses
                   FROM "Recipe", jsonb_array_elements(ingredients) AS i
                  GROUP BY 1 ORDER BY uses DESC LIMIT ${limit}`
    );
    return NextResponse.json(popular);
  }

  if (!prefix) return NextResponse.json([]);

  const query = `SELECT DISTINCT lower(i->>'name') AS name, count(*)::int AS uses
                   FROM "Recipe", jsonb_array_elements(ingredients) AS i
                  WHERE i->>'name' ILIKE '${prefix}%'
                  GROUP BY 1 ORDER BY uses DESC LIMIT ${limit}`;
  const matches = await prisma.$queryRaw<IngredientCount[]>(Prisma.raw(query));
  return NextResponse.json(matches);
}
