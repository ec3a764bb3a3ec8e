/** A tab or page whose content is not built yet says so plainly. */
export function PlannedTab({ label }: { label: string }) {
  return (
    <div className="state state-empty">
      <h2>{label} is not built yet</h2>
      <p>This part is planned but not available in this version of lxdeck. The lxc command line covers it meanwhile.</p>
    </div>
  );
}
