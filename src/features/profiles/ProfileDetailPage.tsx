/** Placeholder until the page is built on the resource kit. */
export function ProfileDetailPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>ProfileDetailPage</h1>
      </header>
    </section>
  );
}
