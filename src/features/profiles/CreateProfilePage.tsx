/** Placeholder until the page is built on the resource kit. */
export function CreateProfilePage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>CreateProfilePage</h1>
      </header>
    </section>
  );
}
