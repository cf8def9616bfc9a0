import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { getUserFromRequest } from "@/lib/auth";

// Recipe cards embedded on food blogs. Logged-in readers see whether they saved the recipe.
function corsHeaders(req: NextRequest): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": req.headers.get("origin") ?? "*",
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
  };
}

export async function OPTIONS(req: NextRequest) {
  return new NextResponse(null, { status: 204, headers: corsHeaders(req) });
}

export async function GET(req: NextRequest, { params }: { params: { id: string } }) {
  const recipe = await prisma.recipe.findUnique({
    where: { id: params.id },
    select: { id: true, title: true, summary: true, imageUrl: true, author: { select: { name: true, email: true } } },
  });
  if (!recipe) {
    return NextResponse.json({ error: "Not found" }, { status: 404, headers: corsHeaders(req) });
  }

  const viewer = getUserFromRequest(req);
  return NextResponse.json(
    { ...recipe, viewer: viewer ? { id: viewer.id, email: viewer.email } : null },
    { headers: corsHeaders(req) }
  );
}
