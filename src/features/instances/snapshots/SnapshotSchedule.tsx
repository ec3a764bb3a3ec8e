import { useState } from 'react';
import type { LxdInstance, LxdSyncResult } from '@/lxd';
import { SnapshotScheduleForm } from './SnapshotScheduleForm';
import { SCHEDULE_KEYS, inheritedValues, type ScheduleField } from './schedule';
import { ActionButton } from '@/components/reasons';

const LABELS: Record<ScheduleField, string> = {
  schedule: 'Schedule',
  stopped: 'Snapshot when stopped',
  expiry: 'Expire snapshots after',
  pattern: 'Name pattern',
};

/** The automatic-snapshot settings, read-only until the user chooses to edit them. */
export function SnapshotSchedule({ project, detail }: { project: string; detail: LxdSyncResult<LxdInstance> }) {
  const [editing, setEditing] = useState(false);
  const instance = detail.data;
  const inherited = inheritedValues(instance.config, instance.expanded_config);

  if (editing) {
    return (
      <SnapshotScheduleForm
        project={project}
        instance={instance.name}
        latest={detail}
        inherited={inherited}
        onDone={() => setEditing(false)}
      />
    );
  }
  return (
    <div>
      <dl className="facts" aria-label="Snapshot schedule">
        {(Object.keys(SCHEDULE_KEYS) as ScheduleField[]).map((field) => {
          const own = instance.config[SCHEDULE_KEYS[field]];
          const fromProfile = inherited[field];
          return (
            <div className="fact" key={field}>
              <dt>{LABELS[field]}</dt>
              <dd data-key={SCHEDULE_KEYS[field]}>
                {own || (fromProfile ? `${fromProfile} (from a profile)` : <span className="muted">Not set</span>)}
              </dd>
            </div>
          );
        })}
      </dl>
      <p>
        <ActionButton write type="button" className="button" onClick={() => setEditing(true)}>
          Edit schedule
        </ActionButton>
      </p>
    </div>
  );
}
