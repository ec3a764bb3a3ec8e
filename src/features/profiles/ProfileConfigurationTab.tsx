/** Placeholder until the page is built on the resource kit. */
export function ProfileConfigurationTab() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>ProfileConfigurationTab</h1>
      </header>
    </section>
  );
}
