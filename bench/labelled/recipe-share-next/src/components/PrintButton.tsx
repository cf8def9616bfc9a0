"use client";

type Props = {
  title: string;
  ingredients: { name: string; quantity: string; unit?: string }[];
  instructions: string;
};

export default function PrintButton({ title, ingredients, instructions }: Props) {
  function openPrintView() {
    const win = window.open("", "_blank", "width=800,height=900");
    if (!win) return;
    const items = ingredients.map((i) => `<li>${i.quantity} ${i.unit ?? ""} ${i.name}</li>`).join("");
    win.document.write(`
      <html>
        <head><title>${title}</title></head>
        <body style="font-family: Georgia, serif; max-width: 640px; margin: 2rem auto;">
          <h1>${title}</h1>
          <ul>${items}</ul>
          <div style="white-space: pre-wrap">${instructions}</div>
        </body>
      </html>`);
    win.document.close();
    win.print();
  }

  return (
    <button onClick={openPrintView} className="rounded border px-3 py-1 text-sm hover:bg-stone-100">
      Print recipe
    </button>
  );
}
