import { useState } from 'react';
import type { CatalogueImageType } from '@/api/imageServers/simplestreams';
import { launchPath, type RemoteImageChoice } from './imageServerModel';
import { ActionButton } from '@/components/reasons';
import { WriteLink } from '@/components/readOnly';
import { WriteFieldset } from '@/components/readOnly';

interface ByAliasFormProps {
  serverName: string;
  serverUrl: string;
  project: string;
  onCopy: (choice: RemoteImageChoice) => void;
}

/** Copy or launch an image the page cannot list: by the alias the user types (LXD resolves it). */
export function ByAliasForm({ serverName, serverUrl, project, onCopy }: ByAliasFormProps) {
  const [alias, setAlias] = useState('');
  const [type, setType] = useState<CatalogueImageType>('container');
  const trimmed = alias.trim();
  const choice: RemoteImageChoice = { serverName, serverUrl, alias: trimmed, type };
  return (
    <section className="by-alias" aria-labelledby="by-alias-title">
      <h2 id="by-alias-title" className="section-title">
        Copy or launch by alias
      </h2>
      <div className="by-alias-row">
        <WriteFieldset quiet>
        <div className="form-field">
          <label htmlFor="by-alias-alias">Alias or fingerprint</label>
          <input
            id="by-alias-alias"
            className="input"
            value={alias}
            placeholder="e.g. debian/12"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setAlias(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor="by-alias-type">Type</label>
          <select id="by-alias-type" className="input" value={type} onChange={(event) => setType(event.target.value as CatalogueImageType)}>
            <option value="container">Container</option>
            <option value="virtual-machine">Virtual machine</option>
          </select>
        </div>
        </WriteFieldset>
        <ActionButton write type="button" className="button" disabled={!trimmed} onClick={() => onCopy(choice)}>
          Copy…
        </ActionButton>
        {trimmed ? (
          <WriteLink className="button" to={launchPath(project, choice)}>
            Launch
          </WriteLink>
        ) : (
          <ActionButton write type="button" className="button" disabled>
            Launch
          </ActionButton>
        )}
      </div>
    </section>
  );
}
