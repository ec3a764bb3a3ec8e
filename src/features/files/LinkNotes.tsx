import { Link } from 'react-router';
import { parentPath } from '@/lxd/files';
import { MAX_LINK_HOPS, type LinkStep } from './followLink';
import { pathSearch } from './location';

/** Says that the folder or file on screen was reached through a link, and which. */
export function FollowedLinkNote({ path, via }: { path: string; via: readonly string[] }) {
  const [link, ...through] = via;
  if (!link) return null;
  return (
    <p role="note" className="files-link-note">
      Opened {path}, the target of the link {link}
      {through.length > 0 && ` (through ${through.join(', ')})`}.
    </p>
  );
}

/** A link that never reaches a file or folder: name it, show the chain, offer the way back. */
export function LinkLoop({ step }: { step: Extract<LinkStep, { kind: 'loop' | 'too-long' }> }) {
  const back = parentPath(step.link);
  return (
    <div className="state state-empty" role="alert">
      <h2>
        {step.kind === 'loop' ? `The link ${step.link} loops` : `The link ${step.link} goes through more than ${MAX_LINK_HOPS} links`}
      </h2>
      <p>
        {step.kind === 'loop'
          ? `Following it comes back to where it started, so it never reaches a file or folder: ${step.chain.join(' → ')}.`
          : `Stopped after ${step.chain.join(' → ')}, which points on to ${step.next}.`}
      </p>
      <p>
        <Link to={{ search: pathSearch(back) }}>Back to {back}</Link>
      </p>
    </div>
  );
}
