// A bare terminal page for the benchmark, with the data path of canonical/lxd-ui's
// InstanceTerminal: xterm with its default options (so a still cursor), the exec's data socket
// with binaryType "arraybuffer", each frame written as bytes, keystrokes sent as UTF-8 bytes.
// No React, no app around it: what the same browser reaches with nothing else on the page.
/* global document, location */
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';

const instance = new URLSearchParams(location.search).get('instance');
const term = new Terminal();
term.open(document.getElementById('terminal'));
term.focus();

const response = await fetch(`/1.0/instances/${encodeURIComponent(instance)}/exec`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    command: ['sh', '-l'],
    interactive: true,
    'wait-for-websocket': true,
    environment: { TERM: 'xterm-256color' },
    width: term.cols,
    height: term.rows,
  }),
});
const { id, metadata } = (await response.json()).metadata;
const url = (secret) => `wss://${location.host}/1.0/operations/${id}/websocket?secret=${secret}`;
const data = new WebSocket(url(metadata.fds['0']));
const control = new WebSocket(url(metadata.fds.control));
const encoder = new TextEncoder();
data.binaryType = 'arraybuffer';
data.onmessage = (message) => {
  if (typeof message.data !== 'string') term.write(new Uint8Array(message.data));
};
term.onData((text) => data.send(encoder.encode(text)));
let open = 0;
const opened = () => {
  if (++open === 2) document.body.dataset.state = 'open';
};
data.onopen = opened;
control.onopen = opened;
