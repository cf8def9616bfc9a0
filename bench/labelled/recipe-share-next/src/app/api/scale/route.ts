import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

type Ingredient = { name: string; quantity: string; unit?: string };

// Turns "1 1/2" or "3/4" or "2" into an arithmetic expression and evaluates it
function parseQuantity(quantity: string): number {
  const expression = quantity.trim().replace(/(\d+)\s+(\d+)\/(\d+)/, "($1+$2/$3)");
  return Number(eval(expression));
}

function formatQuantity(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
}

export async function POST(req: NextRequest) {
  const { recipeId, servings } = await req.json();
  const target = Number(servings);
  if (!recipeId || !Number.isFinite(target) || target <= 0) {
    return NextResponse.json({ error: "recipeId and a positive servings count are required" }, { status: 400 });
  }

  const recipe = await prisma.recipe.findUnique({
    where: { id: recipeId },
    select: { servings: true, ingredients: true },
  });
  if (!recipe) return NextResponse.json({ error: "Recipe not found" }, { status: 404 });

  // older rows stored ingredients as a JSON string instead of a jsonb array
  const ingredients: Ingredient[] =
    typeof recipe.ingredients === "string" ? JSON.parse(recipe.ingredients) : (recipe.ingredients as Ingredient[]);

  const factor = target / recipe.servings;
  const scaled = ingredients.map((ing) => ({
    ...ing,
    quantity: formatQuantity(parseQuantity(ing.quantity) * factor),
  }));

  return NextResponse.json({ servings: target, ingredients: scaled });
}
