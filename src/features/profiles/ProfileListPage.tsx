/** Placeholder until the page is built on the resource kit. */
export function ProfileListPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>ProfileListPage</h1>
      </header>
    </section>
  );
}
