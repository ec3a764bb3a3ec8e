// Debian's Chromium, as the browser tests and the benchmark launch it. `playwright install`
// cannot download browsers on these machines; the flags keep Chromium from reaching for the
// network on its own (its connections would be refused) and let it run as root in a container.
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
