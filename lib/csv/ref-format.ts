import type { EndpointKey } from '../api/endpoints';
import type { FormField } from '../forms/definition';

/** A form field that points at other objects. */
export type RefField = Extract<FormField, { kind: 'reference' | 'references' }>;

/**
 * How a reference to another object is written in a CSV cell, both ways. The written form must read back to the
 * same object:
 * - IP addresses and prefixes with their namespace, `10.20.1.10/32 (Global)` (the same host can exist in two);
 * - pools and devices, whose names Nautobot does not keep unique, as `web-pool (<id>)`;
 * - everything else by its unique name.
 * Reading also accepts a bare id, `name (<id>)` for any model, and a bare name or address when only one matches.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WITH_ID = /^(.*\S)\s*\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)$/i;
const ADDRESS = /^([^\s()]+)\s*(?:\(\s*([^()]*?)\s*\))?$/;

export const isUuid = (value: string) => UUID.test(value);

/** Models whose names may repeat: a name alone could point at the wrong one, so their id is written too. */
const NON_UNIQUE_NAMES: ReadonlySet<EndpointKey> = new Set([
  'load-balancer-pools',
  'devices',
  'virtual-servers',
]);

const ADDRESSED: ReadonlySet<EndpointKey> = new Set(['ip-addresses', 'prefixes']);
export const isAddressed = (endpoint: EndpointKey) => ADDRESSED.has(endpoint);

/** Separates the names of several references in one cell (certificate profiles, tags). */
export const LIST_SEPARATOR = '|';

const NOUNS: Partial<Record<EndpointKey, readonly [string, string]>> = {
  'load-balancer-pools': ['pool', 'pools'],
  'virtual-servers': ['virtual server', 'virtual servers'],
  'health-check-monitors': ['health monitor', 'health monitors'],
  'certificate-profiles': ['certificate profile', 'certificate profiles'],
  'ip-addresses': ['IP address', 'IP addresses'],
  prefixes: ['prefix', 'prefixes'],
  namespaces: ['namespace', 'namespaces'],
  tenants: ['tenant', 'tenants'],
  devices: ['device', 'devices'],
  'device-redundancy-groups': ['device redundancy group', 'device redundancy groups'],
  'virtual-chassis': ['virtual chassis', 'virtual chassis'],
  'cloud-services': ['cloud service', 'cloud services'],
  statuses: ['status', 'statuses'],
  tags: ['tag', 'tags'],
};

export function noun(endpoint: EndpointKey, count = 1): string {
  const [one, many] = NOUNS[endpoint] ?? ['object', 'objects'];
  return count === 1 ? one : many;
}

/** The filter that finds an object by what a cell names it. */
export function nameParam(endpoint: EndpointKey): string {
  if (endpoint === 'ip-addresses') return 'address';
  if (endpoint === 'prefixes') return 'prefix';
  return 'name';
}

type Named = { id: string; name?: unknown; display?: unknown; address?: unknown; prefix?: unknown };

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What people call the object: its name, address or prefix. */
export function plainName(endpoint: EndpointKey, row: Named): string {
  if (endpoint === 'ip-addresses') return text(row.address);
  if (endpoint === 'prefixes') return text(row.prefix);
  return text(row.name) || text(row.display);
}

/**
 * The cell text for a reference. `namespace` is the namespace name of an IP address or prefix. In a list cell, a
 * name containing the separator is written as the id, which always reads back.
 */
export function refLabel(
  endpoint: EndpointKey,
  row: Named,
  namespace: string | null = null,
  inList = false,
): string {
  const name = plainName(endpoint, row);
  if (!name) return row.id;
  if (ADDRESSED.has(endpoint)) return namespace ? `${name} (${namespace})` : name;
  if (inList && name.includes(LIST_SEPARATOR)) return row.id;
  // A name that itself reads as an id, or as `x (<id>)`, would be taken for one; its id settles it.
  if (NON_UNIQUE_NAMES.has(endpoint) || isUuid(name) || WITH_ID.test(name)) return `${name} (${row.id})`;
  return name;
}

/** What a cell says about the object it means. */
export type RefToken =
  | { kind: 'id'; id: string; label: string | null }
  | { kind: 'name'; name: string }
  | { kind: 'address'; address: string; host: string; namespace: string | null };

export function parseRefToken(endpoint: EndpointKey, raw: string): RefToken {
  const value = raw.trim();
  if (isUuid(value)) return { kind: 'id', id: value.toLowerCase(), label: null };
  const withId = WITH_ID.exec(value);
  if (withId?.[1] && withId[2]) return { kind: 'id', id: withId[2].toLowerCase(), label: withId[1] };
  if (ADDRESSED.has(endpoint)) {
    const m = ADDRESS.exec(value);
    if (m?.[1]) {
      const address = m[1];
      return { kind: 'address', address, host: address.split('/')[0] ?? address, namespace: m[2] || null };
    }
  }
  return { kind: 'name', name: value };
}

/** The cells of a list reference (`a|b|c`), blanks dropped. */
export const splitList = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
