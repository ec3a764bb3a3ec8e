/** Placeholder until the page is built. */
export function ImageServerListPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>Image servers</h1>
      </header>
      <div className="state state-empty">
        <h2>Image servers: not built yet</h2>
      </div>
    </section>
  );
}
