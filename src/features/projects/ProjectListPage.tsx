/** Placeholder until the page is built on the resource kit. */
export function ProjectListPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>ProjectListPage</h1>
      </header>
    </section>
  );
}
