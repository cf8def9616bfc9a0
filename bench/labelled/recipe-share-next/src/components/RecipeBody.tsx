import DOMPurify from "isomorphic-dompurify";
import { marked } from "marked";

type Ingredient = { name: string; quantity: string; unit?: string };

export default function RecipeBody({
  instructions,
  ingredients,
}: {
  instructions: string;
  ingredients: Ingredient[];
}) {
  const html = DOMPurify.sanitize(marked.parse(instructions, { async: false }) as string);

  return (
    <section className="grid gap-8 md:grid-cols-3">
      <aside className="md:col-span-1">
        <h2 className="mb-3 text-xl font-semibold">Ingredients</h2>
        <ul className="space-y-1">
          {ingredients.map((ing, i) => (
            <li key={`${ing.name}-${i}`}>
              <span className="font-medium">
                {ing.quantity} {ing.unit}
              </span>{" "}
              {ing.name}
            </li>
          ))}
        </ul>
      </aside>
      <div className="md:col-span-2">
        <h2 className="mb-3 text-xl font-semibold">Method</h2>
        <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: html }} />
      </div>
    </section>
  );
}
