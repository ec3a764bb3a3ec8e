/** The `<option>`s of a project select: the projects the browser may see, or the current one while they load. */
export function ProjectOptions({ projects, current }: { projects: readonly { name: string }[] | undefined; current: string }) {
  return (
    <>
      {(projects ?? [{ name: current }]).map((entry) => (
        <option key={entry.name} value={entry.name}>
          {entry.name}
        </option>
      ))}
    </>
  );
}
