import { allowOwnWorkerScripts } from '@/lib/trustedTypes';
import type { ClientCertificate, ClientCertificateRequest } from './crypto/clientCertificate';

export type WorkerReply = { ok: true; certificate: ClientCertificate } | { ok: false; message: string };

/**
 * Makes a client certificate in a fresh worker and ends the worker afterwards. Vite emits the
 * worker as a file of its own under /ui/assets/, which the page's CSP (default-src 'self') allows;
 * under Trusted Types its URL passes the app's `default` policy (lib/trustedTypes.ts).
 */
export function createCertificateInWorker(request: ClientCertificateRequest): Promise<ClientCertificate> {
  allowOwnWorkerScripts();
  const worker = new Worker(new URL('./certificate.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ClientCertificate>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.ok) resolve(event.data.certificate);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'The certificate could not be made in this browser'));
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
