import type { EndpointKey, EndpointRow } from '@/lib/api/endpoints';
import { algorithmChoices, choiceLabel } from '@/lib/api/choices';
import type { Ref } from '@/lib/api/schemas/common';

/** What a picker shows for one object: a label to choose by and a line that tells look-alikes apart. */
export type ReferenceOption = { id: string; label: string; secondary?: string };

type OptionDef = {
  /** The depth that makes `describe` possible; the smallest that does, since pickers ask on every keystroke. */
  depth: number;
  sort?: string;
  describe: (row: Record<string, unknown> & { id: string; display?: string }) => Omit<ReferenceOption, 'id'>;
};

function nested(value: unknown): Ref | null {
  if (value && typeof value === 'object' && 'id' in value) return value as Ref;
  return null;
}
const nameOf = (value: unknown) => {
  const ref = nested(value);
  return ref ? (ref.display ?? ref.name ?? null) : null;
};
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ') || undefined;

/** An IP address's namespace lives on its parent prefix (the IP's own `namespace` is write-only). */
export function ipNamespace(row: Record<string, unknown>): string | null {
  const parent = nested(row.parent);
  return parent ? nameOf((parent as Record<string, unknown>).namespace) : null;
}

export function ipLabel(row: Record<string, unknown> & { display?: string }): string {
  const address = str(row.address) || str(row.display);
  const ns = ipNamespace(row);
  return ns ? `${address} (${ns})` : address;
}

const byName: OptionDef = {
  depth: 0,
  describe: (row) => ({ label: str(row.name) || str(row.display) }),
};

/** Per endpoint, how a reference picker asks and what it shows. */
export const referenceOptions: Partial<Record<EndpointKey, OptionDef>> = {
  'ip-addresses': {
    depth: 2,
    describe: (row) => ({ label: ipLabel(row), secondary: joined(str(row.dns_name), nameOf(row.tenant)) }),
  },
  prefixes: {
    depth: 1,
    describe: (row) => ({
      label: str(row.prefix),
      secondary: joined(nameOf(row.namespace), nameOf(row.tenant)),
    }),
  },
  tenants: {
    depth: 1,
    describe: (row) => ({ label: str(row.name), secondary: nameOf(row.tenant_group) ?? undefined }),
  },
  devices: {
    depth: 1,
    describe: (row) => ({
      label: str(row.name) || str(row.display),
      secondary: joined(nameOf(row.location), nameOf(row.role)),
    }),
  },
  'device-redundancy-groups': byName,
  'virtual-chassis': byName,
  'cloud-services': byName,
  statuses: byName,
  'health-check-monitors': {
    depth: 0,
    describe: (row) => ({
      label: str(row.name),
      secondary: str(row.health_check_type).toUpperCase() || undefined,
    }),
  },
  'certificate-profiles': {
    depth: 0,
    describe: (row) => ({
      label: str(row.name),
      secondary: joined(str(row.certificate_type), str(row.expiration_date).slice(0, 10)),
    }),
  },
  // Pool names are not unique in Nautobot: the algorithm, tenant and monitor tell same-named pools apart.
  'load-balancer-pools': {
    depth: 1,
    describe: (row) => ({
      label: str(row.name),
      secondary: joined(
        choiceLabel(algorithmChoices.labels, str(row.load_balancing_algorithm)),
        nameOf(row.tenant),
        nameOf(row.health_check_monitor),
      ),
    }),
  },
  'virtual-servers': {
    depth: 1,
    describe: (row) => ({ label: str(row.name), secondary: joined(nameOf(row.vip), str(row.protocol)) }),
  },
  'load-balancer-pool-members': {
    depth: 1,
    describe: (row) => ({ label: str(row.display), secondary: nameOf(row.load_balancer_pool) ?? undefined }),
  },
};

export function optionDef(endpoint: EndpointKey): OptionDef {
  return referenceOptions[endpoint] ?? byName;
}

export function toOption<K extends EndpointKey>(endpoint: K, row: EndpointRow<K>): ReferenceOption {
  const r = row as Record<string, unknown> & { id: string; display?: string };
  return { id: r.id, ...optionDef(endpoint).describe(r) };
}
