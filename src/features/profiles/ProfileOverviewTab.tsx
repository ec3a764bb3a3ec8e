/** Placeholder until the page is built on the resource kit. */
export function ProfileOverviewTab() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>ProfileOverviewTab</h1>
      </header>
    </section>
  );
}
