import { notFound } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { gravatarUrl } from "@/lib/password";
import RecipeBody from "@/components/RecipeBody";
import CommentList from "@/components/CommentList";
import PrintButton from "@/components/PrintButton";
import Footer from "@/components/Footer";

type Ingredient = { name: string; quantity: string; unit?: string };

export default async function RecipePage({ params }: { params: { id: string } }) {
  const recipe = await prisma.recipe.findUnique({
    where: { id: params.id },
    include: { author: { select: { name: true, email: true, bio: true } } },
  });
  if (!recipe) notFound();

  const ingredients = recipe.ingredients as Ingredient[];

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Recipe",
    name: recipe.title,
    description: recipe.summary,
    author: { "@type": "Person", name: recipe.author.name },
    recipeYield: `${recipe.servings} servings`,
    recipeIngredient: ingredients.map((i) => `${i.quantity} ${i.unit ?? ""} ${i.name}`.trim()),
  };

  return (
    <main className="mx-auto max-w-4xl px-4 py-10">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <header className="mb-8 flex items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{recipe.title}</h1>
          <div className="mt-2 flex items-center gap-2 text-stone-500">
            <img src={gravatarUrl(recipe.author.email, 32)} alt="" className="h-8 w-8 rounded-full" />
            <span>{recipe.author.name}</span>
          </div>
          {recipe.author.bio && <p className="mt-2 text-sm text-stone-500">{recipe.author.bio}</p>}
        </div>
        <PrintButton title={recipe.title} ingredients={ingredients} instructions={recipe.instructions} />
      </header>
      <RecipeBody instructions={recipe.instructions} ingredients={ingredients} />
      <CommentList recipeId={recipe.id} />
      <Footer />
    </main>
  );
}
