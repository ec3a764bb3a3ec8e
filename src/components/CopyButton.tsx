import { useEffect, useState } from 'react';

interface CopyButtonProps {
  /** What goes to the clipboard. */
  text: string;
  /** The button's accessible name, e.g. `Copy the token`. */
  label: string;
  className?: string;
}

/** Copies a text and says so for a moment; says so too when the browser refuses the clipboard. */
export function CopyButton({ text, label, className = 'button' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <>
      <button type="button" className={className} aria-label={label} onClick={copy} data-view="">
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span role="status" className="visually-hidden">
        {state === 'copied' ? 'Copied to the clipboard' : state === 'failed' ? 'The browser did not allow copying: select the text and copy it.' : ''}
      </span>
      {state === 'failed' && <span className="field-error">Select the text and copy it.</span>}
    </>
  );
}
