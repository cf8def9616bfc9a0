import React, { useMemo } from "react";
import DOMPurify from "dompurify";
import { marked } from "marked";

type Entry = { id: string; title: string; bodyHtml: string; excerpt: string };

export function EntryView({ entry }: { entry: Entry }) {
  return (
    <article className="entry">
      <h2>{entry.title}</h2>
      {/* ruleid: js-react-dangerously-set-inner-html */}
      <div className="entry-body" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />
    </article>
  );
}

export function MarkdownPreview({ markdown }: { markdown: string }) {
  const html = marked.parse(markdown) as string;
  // ruleid: js-react-dangerously-set-inner-html
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function SearchSummary({ query, count }: { query: string; count: number }) {
  // ruleid: js-react-dangerously-set-inner-html
  return <p dangerouslySetInnerHTML={{ __html: `${count} results for <b>${query}</b>` }} />;
}

export function Highlight({ text, term }: { text: string; term: string }) {
  // Reported where the `__html` value is written.
  // ruleid: js-react-dangerously-set-inner-html
  const markup = { __html: text.replace(term, "<mark>" + term + "</mark>") };
  return <span dangerouslySetInnerHTML={markup} />;
}

export function LegacyWidget({ snippet }: { snippet: string }) {
  return React.createElement("div", {
    className: "widget",
    // ruleid: js-react-dangerously-set-inner-html
    dangerouslySetInnerHTML: { __html: snippet },
  });
}

// ---- safe look-alikes ----

export function EntryPreview({ entry }: { entry: Entry }) {
  // ok: js-react-dangerously-set-inner-html
  return <div className="preview" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(entry.bodyHtml) }} />;
}

export function Banner() {
  // ok: js-react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: "<strong>Welcome back</strong>" }} />;
}

const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem("theme");if(t)document.documentElement.dataset.theme=t}catch(e){}})()`;

export function ThemeScript() {
  // ok: js-react-dangerously-set-inner-html
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}

export function SafeMarkdown({ markdown }: { markdown: string }) {
  const sanitizedHtml = useMemo(() => DOMPurify.sanitize(marked.parse(markdown) as string), [markdown]);
  // ok: js-react-dangerously-set-inner-html
  return <div className="prose" dangerouslySetInnerHTML={{ __html: sanitizedHtml }} />;
}

export function Excerpt({ entry }: { entry: Entry }) {
  // ok: js-react-dangerously-set-inner-html
  return <p className="excerpt">{entry.excerpt}</p>;
}

export function ProductJsonLd({ name, price }: { name: string; price: number }) {
  const jsonLd = { "@context": "https://schema.org", "@type": "Product", name, offers: { price } };
  return (
    <script
      type="application/ld+json"
      // ok: js-react-dangerously-set-inner-html
      dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
    />
  );
}
