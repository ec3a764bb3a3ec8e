import { useCallback, useId, type ButtonHTMLAttributes } from 'react';
import { useWriteReason } from './readOnly';

export type ReasonIdFor<R extends string> = (reason: R) => string;

/** Ids for the explanations of disabled actions, unique per view. */
export function useReasonIds<R extends string>(): ReasonIdFor<R> {
  const prefix = useId();
  return useCallback((reason: R) => `${prefix}-${reason}`, [prefix]);
}

/**
 * Every explanation of a view, rendered once and hidden: disabled buttons point at them with
 * aria-describedby (and show the same text as their tooltip), so a long table does not repeat the
 * sentences in every row.
 */
export function ReasonTexts<R extends string>({ texts, idFor }: { texts: Record<R, string>; idFor: ReasonIdFor<R> }) {
  return (
    <div hidden>
      {(Object.entries(texts) as [R, string][]).map(([reason, text]) => (
        <span key={reason} id={idFor(reason)}>
          {text}
        </span>
      ))}
    </div>
  );
}

interface ActionButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Why the action cannot apply now; the button is then disabled and says why. */
  reason?: string;
  /** Id of an element holding the reason (see ReasonTexts); otherwise the button renders its own. */
  reasonId?: string;
  /**
   * The action changes something (on LXD or in this browser's lists): in read-only mode it is
   * disabled with the reason `read-only mode`, which wins over any other reason.
   */
  write?: boolean;
}

/** A button that, when it cannot be used, says why (tooltip and aria-describedby), never just greys out. */
export function ActionButton({ reason: ownReason, reasonId: ownReasonId, write, className = 'button', children, ...rest }: ActionButtonProps) {
  const ownId = useId();
  const readOnly = useWriteReason();
  const reason = (write && readOnly) || ownReason;
  const reasonId = write && readOnly ? undefined : ownReasonId;
  const describedBy = reason ? (reasonId ?? `${ownId}-reason`) : rest['aria-describedby'];
  return (
    <>
      <button
        type="button"
        className={className}
        {...rest}
        disabled={!!reason || rest.disabled}
        title={reason ?? rest.title}
        aria-describedby={describedBy}
        data-write={write ? '' : undefined}
      >
        {children}
      </button>
      {reason && !reasonId && (
        <span id={`${ownId}-reason`} hidden>
          {reason}
        </span>
      )}
    </>
  );
}
