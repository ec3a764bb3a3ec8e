import { useCallback, useId } from 'react';
import { REASON_TEXT, type BlockReason } from './instanceActionRules';

export type ReasonIdFor = (reason: BlockReason) => string;

/** Ids for the explanations of disabled actions, unique per view. */
export function useReasonIds(): ReasonIdFor {
  const prefix = useId();
  return useCallback((reason: BlockReason) => `${prefix}-${reason}`, [prefix]);
}

/**
 * Every explanation, rendered once per view and hidden: disabled buttons point at them with
 * aria-describedby (and show the same text as their tooltip), so a table of 500 rows does not
 * repeat the sentences in every row.
 */
export function ReasonTexts({ idFor }: { idFor: ReasonIdFor }) {
  return (
    <div hidden>
      {(Object.entries(REASON_TEXT) as [BlockReason, string][]).map(([reason, text]) => (
        <span key={reason} id={idFor(reason)}>
          {text}
        </span>
      ))}
    </div>
  );
}
