/** Placeholder until the page is built. */
export function ImageDetailPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>Image</h1>
      </header>
      <div className="state state-empty">
        <h2>Image: not built yet</h2>
      </div>
    </section>
  );
}
