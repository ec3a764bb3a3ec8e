/** Placeholder until the page is built. */
export function ImageListPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>Images</h1>
      </header>
      <div className="state state-empty">
        <h2>Images: not built yet</h2>
      </div>
    </section>
  );
}
