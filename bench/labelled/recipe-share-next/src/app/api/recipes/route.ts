import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { getUserFromRequest } from "@/lib/auth";

const PAGE_SIZE = 20;

type RecipeListRow = {
  id: string;
  title: string;
  summary: string;
  image_url: string | null;
  author_name: string;
  comment_count: number;
};

export async function GET(req: NextRequest) {
  const { searchParams } = new URL(req.url);
  const tag = searchParams.get("tag");
  const page = Math.max(1, Number(searchParams.get("page")) || 1);
  const offset = (page - 1) * PAGE_SIZE;

  if (tag) {
    const rows = await prisma.$queryRaw<RecipeListRow[]>`
      SELECT r.id, r.title, r.summary, r."imageUrl" AS image_url, u.name AS author_name,
             (SELECT count(*)::int FROM "Comment" c WHERE c."recipeId" = r.id) AS comment_count
        FROM "Recipe" r
        JOIN "User" u ON u.id = r."authorId"
       WHERE ${tag} = ANY(r.tags)
       ORDER BY r."createdAt" DESC
       LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
    return NextResponse.json({ page, recipes: rows });
  }

  const recipes = await prisma.recipe.findMany({
    orderBy: { createdAt: "desc" },
    skip: offset,
    take: PAGE_SIZE,
    select: { id: true, title: true, summary: true, imageUrl: true, author: { select: { name: true } } },
  });
  return NextResponse.json({ page, recipes });
}

export async function POST(req: NextRequest) {
  const user = getUserFromRequest(req);
  if (!user) {
    return NextResponse.json({ error: "Sign in to post a recipe" }, { status: 401 });
  }

  try {
    const body = await req.json();
    const recipe = await prisma.recipe.create({
      data: {
        title: body.title,
        summary: body.summary ?? "",
        instructions: body.instructions,
        ingredients: body.ingredients ?? [],
        tags: Array.isArray(body.tags) ? body.tags.slice(0, 10) : [],
        servings: Number(body.servings) || 4,
        authorId: user.id,
      },
    });
    return NextResponse.json(recipe, { status: 201 });
  } catch (error) {
    return NextResponse.json({ error: (error as Error).message }, { status: 500 });
  }
}
