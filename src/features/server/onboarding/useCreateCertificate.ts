import { useMutation } from '@tanstack/react-query';
import { createCertificateInWorker } from './certificateWorker';
import type { ClientCertificate } from './crypto/clientCertificate';

export interface CertificateDownloads {
  certificate: ClientCertificate;
  /** File names without extension, e.g. lxdeck-lxd.example. */
  baseName: string;
  /** Object URLs of the .p12 and the .crt; revoked when the view showing them goes away. */
  p12Url: string;
  crtUrl: string;
}

/** Names the certificate and its files after the server it is made for. */
export function certificateNames(hostname: string): { commonName: string; baseName: string } {
  const host = hostname.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'lxd';
  return { commonName: `lxdeck@${host}`, baseName: `lxdeck-${host}` };
}

/** Makes the key pair, certificate and .p12 in a worker; a mutation for its pending and error states. */
export function useCreateCertificate(hostname: string) {
  return useMutation({
    mutationFn: async (password: string): Promise<CertificateDownloads> => {
      const { commonName, baseName } = certificateNames(hostname);
      const certificate = await createCertificateInWorker({ commonName, password });
      return {
        certificate,
        baseName,
        p12Url: URL.createObjectURL(new Blob([certificate.p12], { type: 'application/x-pkcs12' })),
        crtUrl: URL.createObjectURL(new Blob([certificate.certificatePem], { type: 'application/x-pem-file' })),
      };
    },
  });
}
