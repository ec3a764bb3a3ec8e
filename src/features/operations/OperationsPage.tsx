export function OperationsPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>Operations</h1>
      </header>
      <div className="state state-empty">
        <h2>Operations is not built yet</h2>
      </div>
    </section>
  );
}
