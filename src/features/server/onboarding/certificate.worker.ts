// Runs in a dedicated worker: key generation, signing and the PKCS#12 key derivation stay off the
// page's thread, and the private key exists only here until it is sealed into the .p12.
import { createClientCertificate, type ClientCertificateRequest } from './crypto/clientCertificate';
import type { WorkerReply } from './certificateWorker';

self.onmessage = async (event: MessageEvent<ClientCertificateRequest>) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, certificate: await createClientCertificate(event.data) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply, { transfer: reply.ok ? [reply.certificate.p12.buffer] : [] });
};
