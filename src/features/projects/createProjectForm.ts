import {
  checkConfigValue,
  LIMIT_FIELDS,
  RESTRICTION_FIELDS,
  validateProjectName,
  type ProjectConfigField,
  type ProjectFeature,
} from './projectModel';

/** What the user chose on the create page. Empty strings mean "not set". */
export interface CreateProjectValues {
  name: string;
  description: string;
  /** Every feature the server has, on or off (starting from LXD's initial values). */
  features: Record<string, boolean>;
  /** `limits.*` as typed. */
  limits: Record<string, string>;
  restricted: boolean;
  /** `restricted.*` as chosen; sent only with `restricted` on. */
  restrictions: Record<string, string>;
}

/** The body of `POST /1.0/projects`. */
export interface ProjectsPost {
  name: string;
  description: string;
  config: Record<string, string>;
}

/** Field ids for errors: `name`, `description`, `restricted`, or a config key. */
export type ProjectFieldErrors = Partial<Record<string, string>>;

export function emptyProjectValues(features: readonly ProjectFeature[]): CreateProjectValues {
  return {
    name: '',
    description: '',
    features: Object.fromEntries(features.map((feature) => [feature.key, feature.initial])),
    limits: {},
    restricted: false,
    restrictions: {},
  };
}

/** Whether leaving would throw away something the user typed or chose. */
export function hasProjectInput(values: CreateProjectValues, features: readonly ProjectFeature[]): boolean {
  const empty = emptyProjectValues(features);
  const set = (record: Record<string, string>) => Object.values(record).some((value) => value.trim() !== '');
  return (
    values.name !== '' ||
    values.description !== '' ||
    values.restricted ||
    set(values.limits) ||
    set(values.restrictions) ||
    features.some((feature) => values.features[feature.key] !== empty.features[feature.key])
  );
}

/**
 * The request body. Every feature the server has is sent explicitly, so the project gets what the
 * form showed whatever the server's initial values are; limits and restrictions only when set, and
 * restrictions only for a restricted project (LXD ignores them otherwise).
 */
export function buildCreateProjectBody(values: CreateProjectValues, features: readonly ProjectFeature[]): ProjectsPost {
  const config: Record<string, string> = {};
  for (const feature of features) config[feature.key] = values.features[feature.key] ? 'true' : 'false';
  for (const [key, value] of Object.entries(values.limits)) if (value.trim() !== '') config[key] = value.trim();
  if (values.restricted) {
    config.restricted = 'true';
    for (const [key, value] of Object.entries(values.restrictions)) if (value.trim() !== '') config[key] = value.trim();
  }
  return { name: values.name, description: values.description, config };
}

/** What LXD would refuse, found before sending; LXD's own wording where it has one. */
export function validateCreateProject(
  values: CreateProjectValues,
  context: { existing: readonly string[]; fields?: readonly ProjectConfigField[] },
): ProjectFieldErrors {
  const errors: ProjectFieldErrors = {};
  const name = validateProjectName(values.name);
  if (name) errors.name = name;
  else if (context.existing.includes(values.name)) errors.name = `A project named ${values.name} already exists.`;
  for (const field of context.fields ?? [...LIMIT_FIELDS, ...RESTRICTION_FIELDS]) {
    const value = field.key.startsWith('limits.') ? values.limits[field.key] : values.restricted ? values.restrictions[field.key] : undefined;
    const problem = value === undefined ? undefined : checkConfigValue(field, value);
    if (problem) errors[field.key] = problem;
  }
  if (values.restricted && values.features['features.profiles'] === false) {
    errors.restricted = 'Projects without their own profiles cannot be restricted: turn on the profiles feature.';
  }
  return errors;
}

/**
 * The field LXD's refusal is about (`name`, `restricted` or a config key), so it is shown there;
 * undefined, or a field the form does not show, puts it above the buttons.
 */
export function fieldForProjectError(message: string): string | undefined {
  const key = /Invalid project configuration key "([^"]+)"/.exec(message)?.[1];
  if (key) return key;
  if (/project name|Project names|No name provided|already exists/i.test(message)) return 'name';
  if (/cannot be restricted/.test(message)) return 'restricted';
  return undefined;
}
