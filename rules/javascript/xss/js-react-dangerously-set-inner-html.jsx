import sanitizeHtml from "sanitize-html";

export default function CmsPage({ page, comments }) {
  return (
    <main>
      <h1>{page.title}</h1>
      <section
        className="cms-body"
        // ruleid: js-react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: page.content }}
      />
      {comments.map((c) => (
        // ruleid: js-react-dangerously-set-inner-html
        <div key={c.id} dangerouslySetInnerHTML={{ __html: "<b>" + c.author + "</b>: " + c.text }} />
      ))}
      {/* ok: js-react-dangerously-set-inner-html */}
      <aside dangerouslySetInnerHTML={{ __html: sanitizeHtml(page.sidebar, { allowedTags: ["b", "i", "a"] }) }} />
      {/* ok: js-react-dangerously-set-inner-html */}
      <footer dangerouslySetInnerHTML={{ __html: "&copy; 2024 Example Ltd" }} />
    </main>
  );
}
