/** What a framed page shows instead of the dashboard (lib/frameGuard.ts says why). */
export function FramedNotice() {
  return (
    <main className="framed-notice">
      <h1>lxdeck does not run inside a frame</h1>
      <p>
        A page shown inside another page could be covered by that page’s controls, with this browser’s certificate behind every
        click. Open the dashboard in a window of its own.
      </p>
      <p>
        <a href={window.location.href} target="_blank" rel="noopener noreferrer">
          Open lxdeck in a new tab
        </a>
      </p>
    </main>
  );
}
