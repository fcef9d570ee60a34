import type { TableSpec } from './spec';

/**
 * The part of Nautobot's GraphQL schema this app reads, in Nautobot's own names. Nautobot generates its schema
 * with graphene-django from the models (nautobot/core/graphql/generators.py and schema.py, 3.2):
 *   - root fields: `str_to_var_name(verbose_name)` for one object (`virtual_server(id:)`) and of the plural for
 *     a list (`virtual_servers(limit:, offset:, <filterset filters>)`), a list with no page size unless `limit`;
 *   - types `<Model>Type`; the primary key is `id: UUID!`; `NOT NULL` columns are non-null;
 *   - foreign keys keep their field name and are nullable (a target the user may not view comes back null);
 *   - reverse relations use their `related_name` (`load_balancer_pool_members` on a pool), with filter arguments;
 *   - a choice field is an enum `<AppLabel><Model><Field>Choices` whose names are the stored values in
 *     capitals (graphene's `to_const`), and a blank one is null;
 *   - an IP address's `host` is the address without its mask, `address` with it.
 * Filters are a small subset (`id`, `name`); a query using another fails validation here, loudly.
 */

/** graphene's `to_const`: "http2" → "HTTP2", "mutual_tls" → "MUTUAL_TLS". */
export function choiceName(value: string): string {
  return value.replace(/[\W|^]+/g, '_').toUpperCase();
}

/** `LoadBalancersVirtualServerProtocolChoices` (graphene-django's V3 naming, as Nautobot configures it). */
export function choiceEnumName(appLabel: string, model: string, field: string): string {
  const camel = (s: string) =>
    s
      .split('_')
      .map((w) => (w ? w[0]?.toUpperCase() + w.slice(1).toLowerCase() : '_'))
      .join('');
  return `${camel(appLabel)}${model}${camel(field)}Choices`;
}

/** The enums, from the choices the fake's table specs already hold, so the two cannot drift apart. */
const ENUMS: readonly { table: string; model: string; field: string }[] = [
  { table: 'virtual-servers', model: 'VirtualServer', field: 'protocol' },
  { table: 'virtual-servers', model: 'VirtualServer', field: 'source_nat_type' },
  { table: 'virtual-servers', model: 'VirtualServer', field: 'load_balancer_type' },
  { table: 'load-balancer-pools', model: 'LoadBalancerPool', field: 'load_balancing_algorithm' },
  { table: 'health-check-monitors', model: 'HealthCheckMonitor', field: 'health_check_type' },
  { table: 'certificate-profiles', model: 'CertificateProfile', field: 'certificate_type' },
];

function enumSdl(specs: ReadonlyMap<string, TableSpec>): string {
  return ENUMS.map(({ table, model, field }) => {
    const spec = specs.get(table)?.fields[field];
    const choices = spec?.kind === 'string' ? (spec.choices ?? []) : [];
    if (!choices.length) throw new Error(`No choices for ${table}.${field}`);
    return `enum ${choiceEnumName('load_balancers', model, field)} {\n  ${choices.map(choiceName).join('\n  ')}\n}`;
  }).join('\n\n');
}

const e = (model: string, field: string) => choiceEnumName('load_balancers', model, field);

// Nested lists take the same arguments as root lists, but Nautobot hands them to the FilterSet, which ignores
// `limit` and `offset`: a pool's members come back whole whatever they say.
const list = (type: string) => `(limit: Int, offset: Int, id: [String]): [${type}]`;
const rootList = (type: string, named: boolean) =>
  `(limit: Int, offset: Int, id: [String]${named ? ', name: [String]' : ''}): [${type}]`;

export function nautobotGraphqlSdl(specs: ReadonlyMap<string, TableSpec>): string {
  return `
scalar UUID
scalar DateTime

${enumSdl(specs)}

type Query {
  virtual_server(id: ID): VirtualServerType
  virtual_servers${rootList('VirtualServerType', true)}
  load_balancer_pool(id: ID): LoadBalancerPoolType
  load_balancer_pools${rootList('LoadBalancerPoolType', true)}
  load_balancer_pool_member(id: ID): LoadBalancerPoolMemberType
  load_balancer_pool_members${rootList('LoadBalancerPoolMemberType', false)}
  health_check_monitor(id: ID): HealthCheckMonitorType
  health_check_monitors${rootList('HealthCheckMonitorType', true)}
  certificate_profile(id: ID): CertificateProfileType
  certificate_profiles${rootList('CertificateProfileType', true)}
}

type StatusType {
  id: UUID!
  name: String!
  color: String!
}

type TenantType {
  id: UUID!
  name: String!
}

type IPAddressType {
  id: UUID!
  address: String
  host: String!
  mask_length: Int!
  ip_version: Int
  dns_name: String!
  description: String!
  status: StatusType
  tenant: TenantType
  virtual_servers${list('VirtualServerType')}
  load_balancer_pool_members${list('LoadBalancerPoolMemberType')}
}

type VirtualServerType {
  id: UUID!
  name: String!
  vip: IPAddressType
  port: Int
  protocol: ${e('VirtualServer', 'protocol')}
  source_nat_type: ${e('VirtualServer', 'source_nat_type')}
  load_balancer_type: ${e('VirtualServer', 'load_balancer_type')}
  enabled: Boolean!
  ssl_offload: Boolean!
  tenant: TenantType
  load_balancer_pool: LoadBalancerPoolType
  health_check_monitor: HealthCheckMonitorType
  certificate_profiles${list('CertificateProfileType')}
}

type LoadBalancerPoolType {
  id: UUID!
  name: String!
  load_balancing_algorithm: ${e('LoadBalancerPool', 'load_balancing_algorithm')}!
  health_check_monitor: HealthCheckMonitorType
  tenant: TenantType
  load_balancer_pool_members${list('LoadBalancerPoolMemberType')}
  virtual_servers${list('VirtualServerType')}
}

type LoadBalancerPoolMemberType {
  id: UUID!
  label: String!
  ip_address: IPAddressType
  load_balancer_pool: LoadBalancerPoolType
  port: Int!
  ssl_offload: Boolean!
  health_check_monitor: HealthCheckMonitorType
  tenant: TenantType
  status: StatusType
  certificate_profiles${list('CertificateProfileType')}
}

type HealthCheckMonitorType {
  id: UUID!
  name: String!
  interval: Int
  retry: Int
  timeout: Int
  port: Int
  health_check_type: ${e('HealthCheckMonitor', 'health_check_type')}
  tenant: TenantType
  load_balancer_pools${list('LoadBalancerPoolType')}
  load_balancer_pool_members${list('LoadBalancerPoolMemberType')}
  virtual_servers${list('VirtualServerType')}
}

type CertificateProfileType {
  id: UUID!
  name: String!
  certificate_type: ${e('CertificateProfile', 'certificate_type')}
  certificate_file_path: String!
  chain_file_path: String!
  key_file_path: String!
  expiration_date: DateTime
  cipher: String!
  tenant: TenantType
  virtual_servers${list('VirtualServerType')}
  load_balancer_pool_members${list('LoadBalancerPoolMemberType')}
}
`;
}
