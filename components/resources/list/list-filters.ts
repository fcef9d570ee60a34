import type { EndpointKey } from '@/lib/api/endpoints';
import { resources, type FilterDef, type ResourceKey } from '@/lib/api/resources';
import type { Query } from '@/lib/api/transport';
import type { UrlFilters } from '../list-url';

/**
 * The certificate expiry window. A relative window in the URL (`?expires=30`) stays true for a shared link,
 * where fixed dates would go stale; it becomes Nautobot's `expiration_date__lt/__gte` when the list is asked for.
 */
export const EXPIRES_PARAM = 'expires';
export const expiryWindows = [
  { value: 'expired', label: 'Expired', days: 0 },
  { value: '30', label: 'Expires within 30 days', days: 30 },
  { value: '60', label: 'Expires within 60 days', days: 60 },
  { value: '90', label: 'Expires within 90 days', days: 90 },
] as const;

type Option = { value: string; label: string };

/** A filter as the list shows it: in the panel, as chips, and in the URL. */
export type ListFilter =
  | { param: string; label: string; kind: 'choice'; options: readonly Option[] }
  | { param: string; label: string; kind: 'reference'; endpoint: EndpointKey }
  | { param: string; label: string; kind: 'status' | 'boolean' | 'expiry' | 'text' | 'number' | 'date' };

const LABELS: Record<string, string> = {
  vip: 'VIP',
  load_balancer_type: 'Type',
  source_nat_type: 'Source NAT type',
  source_nat_pool: 'Source NAT pool',
  ssl_offload: 'SSL offload',
  load_balancer_pool: 'Pool',
  health_check_monitor: 'Health monitor',
  certificate_profiles: 'Certificate profile',
  load_balancing_algorithm: 'Algorithm',
  ip_address: 'IP address',
  health_check_type: 'Type',
  certificate_type: 'Type',
  expiration_date__lt: 'Expires before',
  expiration_date__gte: 'Expires on or after',
  virtual_servers: 'Virtual server',
  load_balancer_pool_members: 'Pool member',
  [EXPIRES_PARAM]: 'Expiry',
};

const labelOf = (param: string) => {
  const words = param.replace(/_/g, ' ');
  return LABELS[param] ?? words.charAt(0).toUpperCase() + words.slice(1);
};

/** The filters each list offers in its panel, in order; any other declared filter still works from a URL. */
const PANEL: Record<ResourceKey, readonly string[]> = {
  'virtual-servers': [
    'protocol',
    'load_balancer_type',
    'source_nat_type',
    'enabled',
    'ssl_offload',
    'load_balancer_pool',
    'health_check_monitor',
    'certificate_profiles',
    'tenant',
  ],
  'load-balancer-pools': ['load_balancing_algorithm', 'health_check_monitor', 'tenant'],
  'load-balancer-pool-members': [
    'status',
    'load_balancer_pool',
    'ssl_offload',
    'health_check_monitor',
    'certificate_profiles',
    'tenant',
  ],
  'health-check-monitors': ['health_check_type', 'tenant'],
  'certificate-profiles': ['certificate_type', EXPIRES_PARAM, 'tenant'],
};

function fromDef(def: FilterDef): ListFilter {
  const label = labelOf(def.param);
  if (def.kind === 'choice' && def.choices) {
    return {
      param: def.param,
      label,
      kind: 'choice',
      options: def.choices.pairs.map(([value, l]) => ({ value, label: l })),
    };
  }
  if (def.kind === 'reference' && def.endpoint) {
    return { param: def.param, label, kind: 'reference', endpoint: def.endpoint };
  }
  const kind = def.kind === 'choice' || def.kind === 'reference' ? 'text' : def.kind;
  return { param: def.param, label, kind };
}

/** Every filter the list honours from its URL: the model's declared Nautobot filters, plus the expiry window. */
export function listFilters(resource: ResourceKey): readonly ListFilter[] {
  const declared: readonly FilterDef[] = resources[resource].filters;
  const all = declared.map(fromDef);
  if (PANEL[resource].includes(EXPIRES_PARAM))
    all.push({ param: EXPIRES_PARAM, label: labelOf(EXPIRES_PARAM), kind: 'expiry' });
  return all;
}

export function filterParams(resource: ResourceKey): string[] {
  return listFilters(resource).map((f) => f.param);
}

export function panelFilters(resource: ResourceKey): ListFilter[] {
  const byParam = new Map(listFilters(resource).map((f) => [f.param, f]));
  return PANEL[resource].flatMap((param) => byParam.get(param) ?? []);
}

const BOOLEAN_VALUES = new Set(['true', 'false']);
const EXPIRY_VALUES = new Set<string>(expiryWindows.map((w) => w.value));

/** Drops values a filter can never take (`enabled=maybe`), so they neither reach Nautobot nor show as chips. */
export function validFilters(resource: ResourceKey, filters: UrlFilters): UrlFilters {
  const kinds = new Map(listFilters(resource).map((f) => [f.param, f.kind]));
  const valid: Record<string, readonly string[]> = {};
  for (const [param, values] of Object.entries(filters)) {
    const kind = kinds.get(param);
    if (!kind) continue;
    const kept =
      kind === 'boolean'
        ? values.filter((v) => BOOLEAN_VALUES.has(v)).slice(-1)
        : kind === 'expiry'
          ? values.filter((v) => EXPIRY_VALUES.has(v)).slice(-1)
          : values;
    if (kept.length) valid[param] = kept;
  }
  return valid;
}

const DAY_MS = 86_400_000;
/** Second precision with a `Z`, which Django's datetime filters parse. */
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function expiryWindowFilters(value: string, now: number): Query {
  const window = expiryWindows.find((w) => w.value === value);
  if (!window) return {};
  if (window.days === 0) return { expiration_date__lt: isoSeconds(now) };
  return {
    expiration_date__gte: isoSeconds(now),
    expiration_date__lt: isoSeconds(now + window.days * DAY_MS),
  };
}

/** What Nautobot is sent: the URL's filters under their own names, the expiry window as real date filters. */
export function toServerFilters(filters: UrlFilters, now: number): Query {
  const { [EXPIRES_PARAM]: expires, ...rest } = filters;
  const query: Query = { ...rest };
  const window = expires?.[0];
  return window ? { ...query, ...expiryWindowFilters(window, now) } : query;
}

/** How a value reads on a chip, for every kind but references (whose names come from Nautobot). */
export function valueLabel(filter: ListFilter, value: string): string {
  switch (filter.kind) {
    case 'choice':
      return filter.options.find((o) => o.value === value)?.label ?? value;
    case 'boolean':
      return value === 'true' ? 'Yes' : 'No';
    case 'expiry':
      return expiryWindows.find((w) => w.value === value)?.label ?? value;
    default:
      return value;
  }
}
