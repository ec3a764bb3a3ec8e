/** Placeholder until the page is built on the resource kit. */
export function ProjectSettingsPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>ProjectSettingsPage</h1>
      </header>
    </section>
  );
}
