import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** LXD's answer to the last attempt: next to its field when it names one, else above the buttons. */
export interface Refusal {
  message: string;
  field?: string;
  unreachable: boolean;
  /** LXD had accepted the request before the connection was lost: the instance may exist. */
  accepted: boolean;
}

/** A refusal that names no field, or an unreachable server, above the buttons. */
export function RefusalMessage({ refusal, project }: { refusal: Refusal; project: string }) {
  if (!refusal.unreachable) {
    return (
      <p className="form-error" role="alert">
        LXD refused to create the instance: {refusal.message}
      </p>
    );
  }
  return (
    <div className="form-error" role="alert">
      <p>
        The server is unreachable ({refusal.message}). Everything you entered is still here: try again when it is back.
      </p>
      {refusal.accepted && (
        <p>
          LXD had already started creating the instance when the connection was lost, so it may exist:{' '}
          <Link to={paths.instances(project)}>check the instance list</Link> before trying again.
        </p>
      )}
    </div>
  );
}
