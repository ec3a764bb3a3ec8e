/** Placeholder until the page is built. */
export function ImageServerPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>Image server</h1>
      </header>
      <div className="state state-empty">
        <h2>Image server: not built yet</h2>
      </div>
    </section>
  );
}
