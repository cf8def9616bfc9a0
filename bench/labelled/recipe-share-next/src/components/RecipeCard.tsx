import Link from "next/link";
import Image from "next/image";

export type RecipeSummary = {
  id: string;
  title: string;
  summary: string;
  imageUrl: string | null;
  author: { name: string };
  commentCount?: number;
};

export default function RecipeCard({ recipe }: { recipe: RecipeSummary }) {
  return (
    <article className="rounded-xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      {recipe.imageUrl && (
        <Image
          src={recipe.imageUrl}
          alt={recipe.title}
          width={480}
          height={320}
          className="h-48 w-full rounded-t-xl object-cover"
        />
      )}
      <div className="p-4">
        <Link href={`/recipes/${recipe.id}`} className="text-lg font-semibold hover:underline">
          {recipe.title}
        </Link>
        <p className="mt-1 text-sm text-stone-500">by {recipe.author.name}</p>
        {/* summaries can contain basic formatting (bold, italics) from the editor */}
        <div
          className="prose prose-sm mt-3 line-clamp-3"
          dangerouslySetInnerHTML={{ __html: recipe.summary }}
        />
        {typeof recipe.commentCount === "number" && (
          <p className="mt-3 text-xs text-stone-400">{recipe.commentCount} comments</p>
        )}
      </div>
    </article>
  );
}
