/** Placeholder until the page is built on the resource kit. */
export function CreateProjectPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>CreateProjectPage</h1>
      </header>
    </section>
  );
}
