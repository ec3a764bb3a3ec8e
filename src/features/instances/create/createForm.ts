import { LineCounter, parseDocument } from 'yaml';
import type { LxdDevice, LxdImage, LxdInstancesPost, LxdProfile } from '@/lxd';
import { validateInstanceName } from '@/lxd/names';
import type { CommonValues } from '../configuration/commonKeys';
import { fieldForLxdError } from '@/lib/config/lxdRefusal';

/** An image on an image server (by alias), which LXD downloads and caches when it creates the instance. */
export interface RemoteImageSource {
  server: string;
  alias: string;
  protocol: 'simplestreams';
  type: 'container' | 'virtual-machine';
}

/** What the user typed on the create page. Empty strings mean "not set: profiles/LXD decide". */
export interface InstanceFormValues {
  name: string;
  description: string;
  /** Image fingerprint. */
  image: string;
  /** Set instead of `image` when the source is an image server's alias (launch from a catalogue). */
  remote?: RemoteImageSource;
  /** Chosen profiles in order; undefined until the user changes them (then the `default` profile applies). */
  profiles: string[] | undefined;
  config: CommonValues;
  rootPool: string;
  rootSize: string;
  network: string;
  userData: string;
  start: boolean;
}

/** Field ids for errors: the named fields plus the common config keys. */
export type FieldErrors = Partial<Record<string, string>>;

export const emptyFormValues = (): InstanceFormValues => ({
  name: '',
  description: '',
  image: '',
  profiles: undefined,
  config: {},
  rootPool: '',
  rootSize: '',
  network: '',
  userData: '',
  start: true,
});

/**
 * Values given by the create page's URL: `?image=<fingerprint>` (a local image), or
 * `?server=<https url>&alias=<alias>&protocol=simplestreams&type=container|virtual-machine` (an image
 * server's image). Anything malformed is ignored, leaving the form as without it.
 */
export function prefillFromSearch(search: URLSearchParams): Pick<InstanceFormValues, 'image' | 'remote'> {
  const image = search.get('image') ?? '';
  const server = search.get('server') ?? '';
  const alias = (search.get('alias') ?? '').trim();
  const protocol = search.get('protocol') ?? 'simplestreams';
  const type = search.get('type') === 'virtual-machine' ? 'virtual-machine' : 'container';
  let remote: RemoteImageSource | undefined;
  if (server && alias && protocol === 'simplestreams') {
    try {
      if (new URL(server).protocol === 'https:') remote = { server, alias, protocol: 'simplestreams', type };
    } catch {
      remote = undefined;
    }
  }
  return { image: remote ? '' : /^[0-9a-f]{1,64}$/i.test(image) ? image : '', remote };
}

/** Whether leaving the page would throw away something the user typed or chose (beyond what the URL gave). */
export function hasInput(values: InstanceFormValues, initial: InstanceFormValues = emptyFormValues()): boolean {
  const empty = initial;
  return (
    values.name !== empty.name ||
    values.description !== empty.description ||
    values.image !== empty.image ||
    values.remote !== empty.remote ||
    values.profiles !== undefined ||
    Object.values(values.config).some((value) => value !== undefined && value !== '') ||
    values.rootPool !== empty.rootPool ||
    values.rootSize !== empty.rootSize ||
    values.network !== empty.network ||
    values.userData !== empty.userData
  );
}

/** Until the user picks profiles, new instances get the `default` profile, as with `lxc launch`. */
export function effectiveProfiles(values: Pick<InstanceFormValues, 'profiles'>, available: readonly LxdProfile[] | undefined): string[] {
  if (values.profiles) return values.profiles;
  return available?.some((profile) => profile.name === 'default') ? ['default'] : [];
}

const isRootDisk = (device: LxdDevice) => device.type === 'disk' && device.path === '/';

/** The device a later profile defines wins; undefined when none of them has one. */
function lastDevice(
  selected: readonly string[],
  available: readonly LxdProfile[] | undefined,
  match: (name: string, device: LxdDevice) => boolean,
): { profile: string; name: string; device: LxdDevice } | undefined {
  const byName = new Map((available ?? []).map((profile) => [profile.name, profile]));
  for (const profileName of [...selected].reverse()) {
    const profile = byName.get(profileName);
    const entry = Object.entries(profile?.devices ?? {}).find(([name, device]) => match(name, device));
    if (profile && entry) return { profile: profile.name, name: entry[0], device: entry[1] };
  }
  return undefined;
}

export function rootDiskFromProfiles(selected: readonly string[], available: readonly LxdProfile[] | undefined) {
  return lastDevice(selected, available, (_name, device) => isRootDisk(device));
}

export function nicFromProfiles(selected: readonly string[], available: readonly LxdProfile[] | undefined) {
  return lastDevice(selected, available, (name, device) => name === 'eth0' && device.type === 'nic');
}

const USER_DATA_HEADERS = ['#!', '#include', '#cloud-boothook', '#part-handler', '#upstart-job', 'Content-Type:'];

/**
 * cloud-init only reads user-data that starts with a known header; `#cloud-config` must be YAML.
 * Returns a message (with the line for YAML errors) or undefined.
 */
export function checkUserData(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  if (USER_DATA_HEADERS.some((header) => text.startsWith(header))) return undefined;
  if (!text.startsWith('#cloud-config')) {
    return 'User-data must start with “#cloud-config” (or be a script starting with “#!”)';
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (!error) return undefined;
  const line = error.pos[0] >= 0 ? lineCounter.linePos(error.pos[0]).line : undefined;
  const message = error.message.split('\n')[0] ?? error.message;
  return line ? `YAML error on line ${line}: ${message}` : `YAML error: ${message}`;
}

/** The 1-based line of the first YAML error in user-data, for the editor's gutter. */
export function userDataErrorLine(message: string | undefined): number | undefined {
  const match = /on line (\d+)/.exec(message ?? '');
  return match ? Number(match[1]) : undefined;
}

export interface FormContext {
  profiles: readonly LxdProfile[] | undefined;
}

/** Checks made before anything is sent; LXD checks the rest and its message is shown. */
export function validateCreateForm(values: InstanceFormValues, context: FormContext): FieldErrors {
  const errors: FieldErrors = {};
  const nameError = values.name === '' ? undefined : validateInstanceName(values.name);
  if (nameError) errors.name = nameError;
  if (!values.image && !values.remote) errors.image = 'Choose an image';
  const userDataError = checkUserData(values.userData);
  if (userDataError) errors.userData = userDataError;
  const profiles = effectiveProfiles(values, context.profiles);
  if (values.rootSize.trim() && !values.rootPool && !rootDiskFromProfiles(profiles, context.profiles)) {
    errors.rootPool = 'None of the chosen profiles has a root disk: choose a storage pool for it';
  }
  return errors;
}

export interface RequestContext extends FormContext {
  images: readonly LxdImage[] | undefined;
  /** `cloud-init.user-data` where the server has the `cloud_init` extension, else `user.user-data`. */
  userDataKey: string;
}

export function buildCreateRequest(values: InstanceFormValues, context: RequestContext): LxdInstancesPost {
  const image = context.images?.find((candidate) => candidate.fingerprint === values.image);
  const profiles = effectiveProfiles(values, context.profiles);
  const config: Record<string, string> = {};
  for (const [key, value] of Object.entries(values.config)) {
    if (value !== undefined && value.trim() !== '') config[key] = value.trim();
  }
  if (values.userData.trim() !== '') config[context.userDataKey] = values.userData;

  const devices: Record<string, LxdDevice> = {};
  const rootSize = values.rootSize.trim();
  if (values.rootPool || rootSize) {
    const pool = values.rootPool || rootDiskFromProfiles(profiles, context.profiles)?.device.pool || '';
    devices.root = { type: 'disk', path: '/', pool, ...(rootSize ? { size: rootSize } : {}) };
  }
  if (values.network) devices.eth0 = { type: 'nic', name: 'eth0', network: values.network };

  return {
    ...(values.name ? { name: values.name } : {}),
    ...(values.description.trim() ? { description: values.description.trim() } : {}),
    ...(values.remote
      ? {
          type: values.remote.type,
          source: { type: 'image', mode: 'pull', server: values.remote.server, protocol: values.remote.protocol, alias: values.remote.alias },
        }
      : {
          type: image?.type === 'virtual-machine' ? 'virtual-machine' : 'container',
          source: { type: 'image', fingerprint: values.image },
        }),
    profiles,
    config,
    devices,
  };
}

/**
 * Which field an LXD refusal of the create is about. The instance record is created first, so a
 * duplicate name, bad config values and missing pools/networks all come back from the operation.
 */
export function fieldForCreateError(message: string, values: InstanceFormValues, userDataKey: string): string | undefined {
  if (/already exists|Invalid instance name|instance name/i.test(message)) return 'name';
  const configFields = Object.fromEntries(
    Object.entries(values.config).map(([key, value]) => [key, { key, value }]),
  ) as Record<string, { key?: string; value?: string }>;
  const field = fieldForLxdError(message, {
    ...configFields,
    userData: { key: userDataKey },
    rootSize: { value: values.rootSize.trim() },
  });
  if (field) return field;
  if (/storage pool|root disk|root device/i.test(message)) return 'rootPool';
  if (/network/i.test(message) && values.network) return 'network';
  if (/image/i.test(message)) return 'image';
  if (/profile/i.test(message)) return 'profiles';
  return undefined;
}
