/** What a browser whose certificate LXD does not trust sees instead of a wall of errors. */
export function UntrustedNotice() {
  return (
    <div className="state state-error" role="alert">
      <h2>This browser is not trusted by the LXD server</h2>
      <p>
        LXD identifies browsers by the TLS client certificate they present. Import a client certificate into this
        browser, trust it on the server with <code>lxc config trust add &lt;file.crt&gt;</code>, then reload this page.
      </p>
    </div>
  );
}
