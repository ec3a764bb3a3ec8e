import { ReasonTexts as SharedReasonTexts, useReasonIds as useSharedReasonIds, type ReasonIdFor as SharedReasonIdFor } from '@/components/reasons';
import { REASON_TEXT, type BlockReason } from './instanceActionRules';

export type ReasonIdFor = SharedReasonIdFor<BlockReason>;

/** Ids for the explanations of disabled instance actions, unique per view. */
export const useReasonIds = (): ReasonIdFor => useSharedReasonIds<BlockReason>();

/** Every instance-action explanation, once per view, hidden (see components/reasons). */
export function ReasonTexts({ idFor }: { idFor: ReasonIdFor }) {
  return <SharedReasonTexts texts={REASON_TEXT} idFor={idFor} />;
}
