/** Placeholder until the page is built. */
export function ImportImagePage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>Import an image</h1>
      </header>
      <div className="state state-empty">
        <h2>Import an image: not built yet</h2>
      </div>
    </section>
  );
}
