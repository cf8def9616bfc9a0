const FOOTER_NOTE = "&copy; 2024 RecipeShare &middot; Made with &hearts; in Lisbon";

export default function Footer() {
  return (
    <footer className="mt-16 border-t py-8 text-center text-sm text-stone-500">
      <span dangerouslySetInnerHTML={{ __html: FOOTER_NOTE }} />
    </footer>
  );
}
