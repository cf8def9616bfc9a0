import DOMPurify from "dompurify";

type Entry = { id: string; mood: number; body: string; bodyHtml: string };

export function EntryView({ entry }: { entry: Entry }) {
  return (
    <article className="entry">
      <h2>Mood: {entry.mood}/10</h2>
      <div className="entry-body" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />
    </article>
  );
}

export function EntryPreview({ entry }: { entry: Entry }) {
  return <div className="preview" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(entry.bodyHtml) }} />;
}

export function Banner() {
  return <div dangerouslySetInnerHTML={{ __html: "<strong>Welcome back</strong>" }} />;
}
