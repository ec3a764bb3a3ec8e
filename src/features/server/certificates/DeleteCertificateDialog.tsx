import { DestroyDialog } from '@/components/DestroyDialog';
import { shortFingerprint, type CertificateRow } from './certificateModel';

interface DeleteCertificateDialogProps {
  row: CertificateRow;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/**
 * Deleting a certificate stops LXD trusting it. When it is the one this browser presents, the
 * user is told loudly that this browser is locked out, and must say so before Delete is offered.
 */
export function DeleteCertificateDialog({ row, onConfirm, onClose }: DeleteCertificateDialogProps) {
  const { certificate } = row;
  return (
    <DestroyDialog
      noun="certificate"
      names={[`${certificate.name} (${shortFingerprint(certificate.fingerprint)})`]}
      consequences={<p>Clients presenting it are no longer trusted; their next request is refused.</p>}
      acknowledge={
        row.thisBrowser
          ? {
              warning: (
                <p>
                  <strong>This is the certificate this browser uses.</strong> Deleting it locks this browser out of LXD at once: the dashboard
                  will show the setup page, and only someone else with access (or <code>lxc</code> on the server) can trust it again.
                </p>
              ),
              label: 'I understand that this browser loses access',
            }
          : undefined
      }
      onConfirm={onConfirm}
      onCancel={onClose}
      onDone={onClose}
    />
  );
}
