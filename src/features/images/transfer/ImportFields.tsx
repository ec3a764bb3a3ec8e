import { useId } from 'react';
import { guessRootfsPart, type RootfsPart } from '@/api/images/transfer';
import { CheckboxField, TextField } from '@/components/FormDialog';
import { describedBy } from '@/components/FormField';
import { formatBytes } from '@/lib/format';
import type { FormProblems, ImportFormState } from './importModel';

interface ImportFieldsProps {
  state: ImportFormState;
  /** Shown only after a first attempt to import, so an untouched form is not red. */
  problems: FormProblems;
  /** While a request runs, nothing can be changed. */
  disabled: boolean;
  /** LXD's answer about the aliases (taken, refused), shown at the field. */
  aliasError?: string;
  onChange: (change: Partial<ImportFormState>) => void;
}

/** The files, aliases, public and properties of an import. Every file input stays mounted, so a choice survives switching. */
export function ImportFields({ state, problems, disabled, aliasError, onChange }: ImportFieldsProps) {
  return (
    <fieldset className="import-fields" disabled={disabled}>
      <legend className="visually-hidden">Image to import</legend>
      <fieldset className="import-mode">
        <legend className="form-label">Image files</legend>
        <label className="form-check">
          <input type="radio" name="import-mode" checked={state.mode === 'unified'} onChange={() => onChange({ mode: 'unified' })} />
          One file (unified tarball: metadata.yaml, templates and rootfs)
        </label>
        <label className="form-check">
          <input type="radio" name="import-mode" checked={state.mode === 'split'} onChange={() => onChange({ mode: 'split' })} />
          Two files (split: a metadata tarball and a root filesystem)
        </label>
      </fieldset>

      <div hidden={state.mode !== 'unified'}>
        <FileField label="Image tarball" file={state.unified} error={problems.unified} onChange={(unified) => onChange({ unified })} />
      </div>
      <div hidden={state.mode !== 'split'} className="import-split">
        <FileField
          label="Metadata tarball"
          hint="metadata.yaml and templates (e.g. meta.tar.xz)."
          file={state.metadata}
          error={problems.metadata}
          onChange={(metadata) => onChange({ metadata })}
        />
        <FileField
          label="Root filesystem"
          hint="A squashfs or tarball for containers, a disk image (.img, .qcow2) for virtual machines."
          file={state.rootfs}
          error={problems.rootfs}
          onChange={(rootfs) => onChange(rootfs ? { rootfs, rootfsPart: guessRootfsPart(rootfs.name) } : { rootfs })}
        />
        <RootfsPartField value={state.rootfsPart} onChange={(rootfsPart) => onChange({ rootfsPart })} />
      </div>

      <TextField
        label="Aliases"
        value={state.aliases}
        error={aliasError}
        hint="Optional. Several are separated by spaces or commas; each must be new in this project."
        onChange={(aliases) => onChange({ aliases })}
      />
      <CheckboxField
        label="Public: clients without a trusted certificate may download it"
        checked={state.public}
        onChange={(value) => onChange({ public: value })}
      />
      <TextField
        label="Properties"
        multiline
        value={state.properties}
        error={problems.properties}
        hint="Optional. One key=value per line; they add to or replace those in metadata.yaml (os, release, description…)."
        onChange={(properties) => onChange({ properties })}
      />
    </fieldset>
  );
}

function FileField({ label, hint, file, error, onChange }: { label: string; hint?: string; file?: File; error?: string; onChange: (file?: File) => void }) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        className="import-file"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), error)}
        onChange={(event) => onChange(event.target.files?.[0])}
      />
      {hint && (
        <span className="form-hint muted" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {file && (
        <span className="form-hint" data-chosen>
          {file.name}, {formatBytes(file.size)}
        </span>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function RootfsPartField({ value, onChange }: { value: RootfsPart; onChange: (value: RootfsPart) => void }) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>The root filesystem is for</label>
      <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value as RootfsPart)}>
        <option value="rootfs">containers (squashfs or tarball)</option>
        <option value="rootfs.img">virtual machines (disk image)</option>
      </select>
    </div>
  );
}
