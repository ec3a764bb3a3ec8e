import type { ConfigFormField, ConfigFormSection, ConfigResource } from '@/components/config/ConfigEditor';
import type { LxdNetwork } from '@/lxd';

const YES_NO = 'boolean' as const;

const address = (family: 4 | 6): ConfigFormField => ({
  key: `ipv${family}.address`,
  label: `IPv${family} address`,
  kind: 'text',
  placeholder: family === 4 ? 'none, auto or 198.51.100.1/24' : 'none, auto or fd00::1/64',
  hint: `The bridge's own address with its prefix (CIDR); none for no IPv${family}, auto for a free subnet LXD picks.`,
});

/** `ipv4.*` or `ipv6.*`: address, NAT, DHCP and its ranges. */
const family = (version: 4 | 6): ConfigFormSection => ({
  title: `IPv${version}`,
  fields: [
    address(version),
    { key: `ipv${version}.nat`, label: `IPv${version} NAT`, kind: YES_NO, hint: 'Masquerade traffic leaving through the host.' },
    { key: `ipv${version}.dhcp`, label: `IPv${version} DHCP`, kind: YES_NO, hint: 'Hand out addresses to instances.' },
    {
      key: `ipv${version}.dhcp.ranges`,
      label: `IPv${version} DHCP ranges`,
      kind: 'text',
      placeholder: version === 4 ? '198.51.100.100-198.51.100.200' : 'fd00::100-fd00::200',
      hint: 'Comma-separated first-last ranges; empty means the whole subnet.',
    },
  ],
});

const acls: ConfigFormField = {
  key: 'security.acls',
  label: 'Network ACLs',
  kind: 'text',
  placeholder: 'e.g. web,ssh',
  hint: 'Comma-separated names of network ACLs applied to every NIC on this network.',
};

const parent: ConfigFormField = { key: 'parent', label: 'Parent interface', kind: 'text', hint: 'The host interface the network sits on.' };
const mtu: ConfigFormField = { key: 'mtu', label: 'MTU', kind: 'text', placeholder: 'e.g. 1500' };
const vlan: ConfigFormField = { key: 'vlan', label: 'VLAN ID', kind: 'text', placeholder: 'e.g. 100' };

/** The bridge's common keys, shared by its create form and its Configuration tab. */
export const BRIDGE_SECTIONS: readonly ConfigFormSection[] = [
  family(4),
  family(6),
  {
    title: 'DNS and bridge',
    fields: [
      { key: 'dns.domain', label: 'DNS domain', kind: 'text', placeholder: 'lxd', hint: 'Domain given to DHCP clients.' },
      {
        key: 'dns.mode',
        label: 'DNS mode',
        kind: 'select',
        options: [
          { value: 'managed', label: 'managed' },
          { value: 'dynamic', label: 'dynamic' },
          { value: 'none', label: 'none' },
        ],
        hint: 'Which names the bridge’s DNS server answers.',
      },
      { key: 'bridge.mtu', label: 'Bridge MTU', kind: 'text', placeholder: '1500' },
      {
        key: 'bridge.driver',
        label: 'Bridge driver',
        kind: 'select',
        options: [
          { value: 'native', label: 'native' },
          { value: 'openvswitch', label: 'openvswitch' },
        ],
      },
      acls,
    ],
  },
];

const PARENT_SECTIONS: readonly ConfigFormSection[] = [{ fields: [parent, mtu, vlan] }];

const OVN_SECTIONS: readonly ConfigFormSection[] = [
  {
    fields: [
      { key: 'network', label: 'Uplink network', kind: 'text', hint: 'A managed physical network or bridge the OVN network routes through.' },
      address(4),
      address(6),
      { key: 'ipv4.nat', label: 'IPv4 NAT', kind: YES_NO },
      { key: 'ipv6.nat', label: 'IPv6 NAT', kind: YES_NO },
      { key: 'dns.domain', label: 'DNS domain', kind: 'text' },
      acls,
    ],
  },
];

/** The form sections of a network of this type (the Configuration tab and the create page). */
export function sectionsFor(type: string): readonly ConfigFormSection[] {
  if (type === 'bridge') return BRIDGE_SECTIONS;
  if (type === 'ovn') return OVN_SECTIONS;
  if (type === 'macvlan' || type === 'sriov' || type === 'physical') return PARENT_SECTIONS;
  return [];
}

const resource = (type: string): ConfigResource<LxdNetwork> => ({
  noun: 'network',
  fields: ['description', 'config'],
  // LXD's own bookkeeping (`volatile.*`) is kept out of the YAML and sent back as it was.
  isHiddenConfigKey: (key) => key.startsWith('volatile.'),
  hiddenNote: 'LXD’s volatile.* keys are not shown and are kept as they are.',
  sections: sectionsFor(type),
});

// One constant per type: the editor keys its parsing on the resource's identity.
const RESOURCES = new Map<string, ConfigResource<LxdNetwork>>(
  ['bridge', 'macvlan', 'sriov', 'physical', 'ovn', ''].map((type) => [type, resource(type)]),
);

/** The Configuration tab's declaration for a network of this type (YAML only for types without a form). */
export function networkConfigResource(type: string): ConfigResource<LxdNetwork> {
  return RESOURCES.get(type) ?? (RESOURCES.get('') as ConfigResource<LxdNetwork>);
}
