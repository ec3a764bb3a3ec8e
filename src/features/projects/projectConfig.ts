import type { ProjectPut } from '@/api/projects/mutations';
import type { ConfigFormField, ConfigResource, InheritedValues } from '@/components/config/ConfigEditor';
import type { LxdProject } from '@/lxd';
import { forServer, LIMIT_FIELDS, PROJECT_FEATURES, RESTRICTION_FIELDS, type ProjectConfigField } from './projectModel';

const asFormField = ({ key, label, kind, options, hint, placeholder }: ProjectConfigField): ConfigFormField => ({
  key,
  label,
  kind,
  ...(options ? { options } : {}),
  ...(hint ? { hint } : {}),
  ...(placeholder ? { placeholder } : {}),
});

/**
 * The settings page's `ConfigEditor` declaration for this server: description and config as YAML,
 * and form sections for the features, limits and restrictions it has (by `api_extensions`).
 * Built once per extension list (the editor keys its parsing on the object's identity).
 */
export function projectConfigResource(extensions: readonly string[] | undefined): ConfigResource<LxdProject, ProjectPut> {
  const features = forServer(PROJECT_FEATURES, extensions);
  return {
    noun: 'project',
    fields: ['description', 'config'],
    sections: [
      {
        title: 'Features',
        fields: features.map((feature) => ({
          key: feature.key,
          label: feature.label[0]?.toUpperCase() + feature.label.slice(1),
          kind: 'boolean',
          hint: `${feature.hint} Changeable only while the project is empty (never for default).`,
        })),
      },
      { title: 'Limits', fields: forServer(LIMIT_FIELDS, extensions).map(asFormField) },
      {
        title: 'Restrictions',
        fields: [
          {
            key: 'restricted',
            label: 'Restricted',
            kind: 'boolean',
            hint: 'Blocks security-sensitive features for its instances; the settings below allow some back. Needs the profiles feature.',
          },
          ...forServer(RESTRICTION_FIELDS, extensions).map(asFormField),
        ],
      },
    ],
  };
}

/** What LXD applies to unset keys: features off, restrictions at their documented defaults. */
export function projectInheritedValues(extensions: readonly string[] | undefined): InheritedValues {
  const values: InheritedValues = { restricted: { value: 'false', from: 'LXD default' } };
  for (const feature of forServer(PROJECT_FEATURES, extensions)) values[feature.key] = { value: 'false', from: 'LXD default' };
  for (const field of forServer(RESTRICTION_FIELDS, extensions)) {
    if (field.lxdDefault) values[field.key] = { value: field.lxdDefault, from: 'LXD default' };
  }
  return values;
}
