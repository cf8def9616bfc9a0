"use client";

import { useEffect, useState } from "react";

type Comment = {
  id: string;
  body: string;
  createdAt: string;
  author: { id: string; name: string };
};

// Wraps each occurrence of the search term in <mark> so matches stand out
function highlight(text: string, term: string): string {
  if (!term) return text;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`(${escaped})`, "gi"), "<mark>$1</mark>");
}

export default function CommentList({ recipeId }: { recipeId: string }) {
  const [comments, setComments] = useState<Comment[]>([]);
  const [filter, setFilter] = useState("");
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(`/api/recipes/${recipeId}/comments`)
      .then((r) => r.json())
      .then(setComments)
      .catch(() => setError("Could not load comments"));
  }, [recipeId]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const res = await fetch(`/api/recipes/${recipeId}/comments`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ body: draft }),
    });
    if (!res.ok) {
      setError((await res.json()).error ?? "Could not post comment");
      return;
    }
    const created: Comment = await res.json();
    setComments((prev) => [...prev, created]);
    setDraft("");
  }

  const visible = filter
    ? comments.filter((c) => c.body.toLowerCase().includes(filter.toLowerCase()))
    : comments;

  return (
    <section className="mt-10">
      <div className="mb-4 flex items-center justify-between">
        <h2 className="text-xl font-semibold">Comments ({comments.length})</h2>
        <input
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="Filter comments"
          className="rounded border px-2 py-1 text-sm"
        />
      </div>
      {error && <p className="mb-3 text-sm text-red-600">{error}</p>}
      <ul className="space-y-4">
        {visible.map((comment) => (
          <li key={comment.id} className="rounded-lg bg-stone-50 p-3">
            <p className="text-sm font-medium">{comment.author.name}</p>
            <p
              className="mt-1 whitespace-pre-wrap text-stone-700"
              dangerouslySetInnerHTML={{ __html: highlight(comment.body, filter) }}
            />
            <time className="text-xs text-stone-400">{new Date(comment.createdAt).toLocaleString()}</time>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="mt-6 flex flex-col gap-2">
        <textarea
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          rows={3}
          className="rounded border p-2"
          placeholder="Share a tip or a variation…"
        />
        <button type="submit" className="self-end rounded bg-orange-600 px-4 py-2 text-white">
          Post comment
        </button>
      </form>
    </section>
  );
}
