import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { getUserFromRequest } from "@/lib/auth";

type Params = { params: { id: string } };

export async function GET(_req: NextRequest, { params }: Params) {
  const [recipe] = await prisma.$queryRaw<any[]>`
    SELECT r.*, u.name AS "authorName", u.email AS "authorEmail"
      FROM "Recipe" r
      JOIN "User" u ON u.id = r."authorId"
     WHERE r.id = ${params.id}`;

  if (!recipe) {
    return NextResponse.json({ error: "Recipe not found" }, { status: 404 });
  }

  // fire-and-forget view counter
  prisma
    .$executeRawUnsafe(`UPDATE "Recipe" SET views = views + 1 WHERE id = '${params.id}'`)
    .catch(() => {});

  return NextResponse.json(recipe);
}

export async function PUT(req: NextRequest, { params }: Params) {
  const user = getUserFromRequest(req);
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const existing = await prisma.recipe.findUnique({ where: { id: params.id }, select: { authorId: true } });
  if (!existing) return NextResponse.json({ error: "Recipe not found" }, { status: 404 });
  if (existing.authorId !== user.id && user.role !== "admin") {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }

  const { title, summary, instructions, ingredients, tags, servings } = await req.json();
  const updated = await prisma.recipe.update({
    where: { id: params.id },
    data: { title, summary, instructions, ingredients, tags, servings },
  });
  return NextResponse.json(updated);
}

export async function DELETE(req: NextRequest, { params }: Params) {
  const user = getUserFromRequest(req);
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { count } = await prisma.recipe.deleteMany({
    where: user.role === "admin" ? { id: params.id } : { id: params.id, authorId: user.id },
  });
  if (count === 0) return NextResponse.json({ error: "Recipe not found" }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}
