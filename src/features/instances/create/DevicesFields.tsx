import type { LxdNetwork, LxdStoragePool } from '@/lxd';
import type { FieldErrors, InstanceFormValues } from './createForm';
import { FormField, describedBy } from '@/components/FormField';

interface DevicesFieldsProps {
  values: Pick<InstanceFormValues, 'rootPool' | 'rootSize' | 'network'>;
  pools: readonly LxdStoragePool[];
  networks: readonly LxdNetwork[];
  /** What the chosen profiles give when a field is left as is. */
  fromProfiles: { pool?: string; network?: string };
  errors: FieldErrors;
  onChange: (patch: Partial<InstanceFormValues>) => void;
}

/** The root disk (pool and size) and a NIC `eth0` on a managed network; each overrides the profiles' device. */
export function DevicesFields({ values, pools, networks, fromProfiles, errors, onChange }: DevicesFieldsProps) {
  const managed = networks.filter((network) => network.managed);
  return (
    <div className="form-grid">
      <FormField id="create-root-pool" label="Root disk pool" error={errors.rootPool}>
        <select
          id="create-root-pool"
          className="input"
          value={values.rootPool}
          aria-invalid={errors.rootPool ? true : undefined}
          aria-describedby={describedBy('create-root-pool', false, errors.rootPool)}
          onChange={(event) => onChange({ rootPool: event.target.value })}
        >
          <option value="">{fromProfiles.pool ? `From profiles (${fromProfiles.pool})` : 'From profiles (none has a root disk)'}</option>
          {pools.map((pool) => (
            <option key={pool.name} value={pool.name}>
              {pool.name} ({pool.driver})
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="create-root-size"
        label="Root disk size"
        hint="e.g. 10GiB; empty for no limit. Not every storage driver enforces it."
        error={errors.rootSize}
      >
        <input
          id="create-root-size"
          className="input"
          value={values.rootSize}
          placeholder="no limit"
          spellCheck={false}
          aria-invalid={errors.rootSize ? true : undefined}
          aria-describedby={describedBy('create-root-size', true, errors.rootSize)}
          onChange={(event) => onChange({ rootSize: event.target.value })}
        />
      </FormField>
      <FormField id="create-network" label="Network" hint="The instance’s eth0 is attached to this network." error={errors.network}>
        <select
          id="create-network"
          className="input"
          value={values.network}
          aria-invalid={errors.network ? true : undefined}
          aria-describedby={describedBy('create-network', true, errors.network)}
          onChange={(event) => onChange({ network: event.target.value })}
        >
          <option value="">{fromProfiles.network ? `From profiles (${fromProfiles.network})` : 'From profiles (no eth0)'}</option>
          {managed.map((network) => (
            <option key={network.name} value={network.name}>
              {network.name} ({network.type})
            </option>
          ))}
        </select>
      </FormField>
    </div>
  );
}
