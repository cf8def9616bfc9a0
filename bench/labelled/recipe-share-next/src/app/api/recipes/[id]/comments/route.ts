import { NextRequest, NextResponse } from "next/server";
import jwt from "jsonwebtoken";
import { prisma } from "@/lib/prisma";
import { SESSION_COOKIE } from "@/lib/auth";

type Params = { params: { id: string } };

export async function GET(_req: NextRequest, { params }: Params) {
  const comments = await prisma.comment.findMany({
    where: { recipeId: params.id },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { id: true, name: true } } },
  });
  return NextResponse.json(comments);
}

export async function POST(req: NextRequest, { params }: Params) {
  const token = req.cookies.get(SESSION_COOKIE)?.value;
  // just need the user id + display name here, the cookie is httpOnly anyway
  const session = token ? (jwt.decode(token) as { sub: string; name: string } | null) : null;
  if (!session?.sub) {
    return NextResponse.json({ error: "Sign in to comment" }, { status: 401 });
  }

  const { body } = await req.json();
  if (typeof body !== "string" || body.trim().length === 0 || body.length > 5000) {
    return NextResponse.json({ error: "Comment must be 1-5000 characters" }, { status: 400 });
  }

  const comment = await prisma.comment.create({
    data: { body: body.trim(), recipeId: params.id, authorId: session.sub },
    include: { author: { select: { id: true, name: true } } },
  });
  return NextResponse.json(comment, { status: 201 });
}
