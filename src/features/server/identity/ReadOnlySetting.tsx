import { useId } from 'react';
import { OverviewSection } from '@/components/OverviewSection';
import { useReadOnlyMode } from '@/components/readOnly';
import { setReadOnlySetting } from '@/lib/readOnly';

/**
 * This browser's read-only setting (kept in localStorage). The address's `?readonly=1` wins: while
 * it is there the setting cannot turn the mode off, and the box says so.
 */
export function ReadOnlySetting() {
  const mode = useReadOnlyMode();
  const hintId = useId();
  const fromAddress = mode === 'address';
  return (
    <OverviewSection id="server-browser-title" title="This browser">
      <label className="form-check">
        <input
          type="checkbox"
          checked={mode !== 'off'}
          disabled={fromAddress}
          aria-describedby={hintId}
          data-view=""
          onChange={(event) => setReadOnlySetting(event.target.checked)}
        />
        Read-only mode
      </label>
      <p id={hintId} className="muted form-hint">
        {fromAddress
          ? 'On because the address has ?readonly=1; open the dashboard without it to turn this off.'
          : 'Disables every control that changes something, on every page (also with ?readonly=1 in the address). A guard in this page, not a permission: see the README on real read-only access.'}
      </p>
    </OverviewSection>
  );
}
