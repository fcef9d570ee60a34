import { parseCidr, parseIpv4, prefixContains, searchRange } from './ip';
import { text, type DbView, type FieldSpec, type NaturalKey, type Row, type TableSpec } from './spec';

const str = { kind: 'string', max: 255, blank: true } as const satisfies FieldSpec;
const requiredName = { kind: 'string', max: 255 } as const satisfies FieldSpec;
const uniqueName = { kind: 'string', max: 255, unique: true } as const satisfies FieldSpec;
const fk = (
  to: string,
  nullable = false,
  onDelete: 'PROTECT' | 'SET_NULL' | 'CASCADE' = 'PROTECT',
): FieldSpec => ({ kind: 'fk', to, nullable, onDelete });
const status: FieldSpec = { kind: 'fk', to: 'statuses', onDelete: 'PROTECT', limitToContentType: true };
const tenant = fk('tenants', true);

const byName = (row: Row, value: string) => row.name === value;
const nameKey: NaturalKey = { fields: ['name'], values: (row) => [text(row.name)] };
const nameOf = (db: DbView, table: string, id: unknown) => {
  const row = db.get(table, id);
  return row ? text(row.name) : null;
};
const icontains = (v: unknown, t: string) =>
  typeof v === 'string' && v.toLowerCase().includes(t.toLowerCase());
const hostOf = (row: Row) => text(row.address).split('/')[0] ?? '';

function named(
  key: string,
  path: string,
  objectType: string,
  verboseName: string,
  fields: Record<string, FieldSpec>,
  extra: Partial<TableSpec> = {},
): TableSpec {
  return {
    key,
    path,
    objectType,
    verboseName,
    primary: true,
    ordering: ['name'],
    fields: { name: uniqueName, description: str, ...fields },
    display: (row) => String(row.name),
    naturalKey: nameKey,
    filterByName: byName,
    search: (row, term) => icontains(row.name, term) || icontains(row.description, term),
    ...extra,
  };
}

function namespaceName(db: DbView, id: unknown) {
  return text(db.get('namespaces', id)?.name);
}

export const relatedTables: TableSpec[] = [
  named(
    'statuses',
    'extras/statuses/',
    'extras.status',
    'status',
    { color: { kind: 'string', max: 6 }, content_types: { kind: 'list' } },
    {
      filters: {
        content_types: (row, values) => values.some((v) => (row.content_types as string[]).includes(v)),
      },
    },
  ),
  // Tags: a tag may be put only on the models its content types list.
  named(
    'tags',
    'extras/tags/',
    'extras.tag',
    'tag',
    { color: { kind: 'string', max: 6, blank: true }, content_types: { kind: 'list' } },
    {
      filters: {
        content_types: (row, values) => values.some((v) => (row.content_types as string[]).includes(v)),
      },
    },
  ),
  named('namespaces', 'ipam/namespaces/', 'ipam.namespace', 'namespace', {}),
  {
    key: 'prefixes',
    path: 'ipam/prefixes/',
    objectType: 'ipam.prefix',
    verboseName: 'prefix',
    primary: true,
    fields: {
      prefix: { kind: 'string', max: 64 },
      namespace: fk('namespaces'),
      status,
      type: {
        kind: 'string',
        max: 50,
        blank: true,
        choices: ['container', 'network', 'pool'],
        labels: { container: 'Container', network: 'Network', pool: 'Pool' },
      },
      tenant,
      description: str,
    },
    uniqueTogether: [['namespace', 'prefix']],
    // Prefix.Meta.ordering = ("namespace", "ip_version", "network", "prefix_length"): by namespace name first.
    orderKey: (row, db) => {
      const parsed = parseCidr(text(row.prefix));
      return [
        nameOf(db, 'namespaces', row.namespace),
        parsed?.version ?? null,
        parsed?.network ?? null,
        parsed?.length ?? null,
      ];
    },
    defaults: (db) => ({
      namespace: db.rows('namespaces').find((n) => n.name === 'Global')?.id,
      type: 'network',
    }),
    writeHook: (input, existing, db) => {
      const values: Record<string, unknown> = {};
      if (!existing && !('namespace' in input))
        values.namespace = db.rows('namespaces').find((n) => n.name === 'Global')?.id;
      if (!existing && !('type' in input)) values.type = 'network';
      if ('prefix' in input) {
        const parsed = parseCidr(String(input.prefix));
        if (!parsed) return { errors: { prefix: [`${String(input.prefix)} is not a valid prefix.`] } };
        values.prefix =
          parsed.version === 4
            ? `${[24, 16, 8, 0].map((s) => (parsed.network >>> s) & 255).join('.')}/${parsed.length}`
            : String(input.prefix);
      }
      return { values };
    },
    computed: (row) => {
      const parsed = parseCidr(String(row.prefix));
      return {
        network: String(row.prefix).split('/')[0],
        prefix_length: parsed?.length ?? null,
        ip_version: parsed?.version ?? 4,
      };
    },
    display: (row, db) => `${String(row.prefix)}: ${namespaceName(db, row.namespace)}`,
    repr: (row) => String(row.prefix),
    naturalKey: {
      fields: ['namespace__name', 'network', 'prefix_length'],
      values: (row, db) => {
        const [network = null, length = null] = text(row.prefix).split('/');
        return [nameOf(db, 'namespaces', row.namespace), network, length];
      },
    },
    filterByName: (row, value) => String(row.prefix).split('/')[0] === value,
    // Nautobot's q is IP-aware: prefixes inside the searched range or containing it, or a description match.
    search: (row, term) => {
      const range = searchRange(term);
      const parsed = parseCidr(text(row.prefix));
      if (range && parsed?.version === 4) {
        const last = parsed.network + 2 ** (32 - parsed.length) - 1;
        const inside = parsed.network >= range.first && last <= range.last;
        const around = parsed.length <= range.length && parsed.network <= range.first && last >= range.last;
        if (inside || around) return true;
      }
      return icontains(row.description, term);
    },
    filters: {
      within_include: (row, values) =>
        values.some((v) => {
          const outer = parseCidr(v);
          const inner = parseCidr(String(row.prefix));
          return (
            !!outer &&
            !!inner &&
            inner.length >= outer.length &&
            prefixContains(v, String(row.prefix).split('/')[0] ?? '')
          );
        }),
    },
  },
  {
    key: 'ip-addresses',
    path: 'ipam/ip-addresses/',
    objectType: 'ipam.ipaddress',
    verboseName: 'IP address',
    primary: true,
    fields: {
      address: { kind: 'string', max: 64 },
      status,
      type: { kind: 'string', max: 50, blank: true, choices: ['dhcp', 'host', 'slaac'] },
      tenant,
      dns_name: str,
      description: str,
      parent: fk('prefixes', true),
      namespace: { kind: 'fk', to: 'namespaces', nullable: true, onDelete: 'PROTECT', writeOnly: true },
    },
    // IPAddress.Meta.ordering = ("ip_version", "host", "mask_length"): numeric, whatever the namespace.
    orderKey: (row) => {
      const parsed = parseCidr(text(row.address));
      if (!parsed) return [null];
      return [
        parsed.version,
        parsed.version === 4 ? (parseIpv4(parsed.host) ?? 0) : parsed.host,
        parsed.length,
      ];
    },
    writeHook: (
      input,
      existing,
      db,
    ): { errors?: Record<string, string[]>; values?: Record<string, unknown> } => {
      const values: Record<string, unknown> = { namespace: null };
      if (!existing && !('type' in input)) values.type = 'host';
      if (existing && !('address' in input)) return { values };
      const address = text(input.address ?? existing?.address);
      const parsed = parseCidr(address);
      if (!parsed) return { errors: { address: [`${address} is not a valid IP address.`] } };
      values.address = `${parsed.host}/${parsed.length}`;
      const nsInput =
        input.namespace ?? (input.parent ? db.get('prefixes', input.parent)?.namespace : undefined);
      const nsRow =
        typeof nsInput === 'string'
          ? (db.get('namespaces', nsInput) ?? db.rows('namespaces').find((n) => n.name === nsInput))
          : undefined;
      if (!existing && !nsRow)
        return { errors: { __all__: ['One of parent or namespace must be provided'] } };
      const namespaceId = nsRow?.id ?? db.get('prefixes', existing?.parent)?.namespace;
      const parents = db
        .rows('prefixes')
        .filter((p) => p.namespace === namespaceId && prefixContains(String(p.prefix), parsed.host))
        .sort(
          (a, b) => (parseCidr(String(b.prefix))?.length ?? 0) - (parseCidr(String(a.prefix))?.length ?? 0),
        );
      const parent = parents[0];
      if (!parent)
        return {
          errors: {
            namespace: [
              `No suitable parent Prefix for ${parsed.host} exists in Namespace ${namespaceName(db, namespaceId)}`,
            ],
          },
        };
      const clash = db
        .rows('ip-addresses')
        .some(
          (r) =>
            r.id !== existing?.id &&
            hostOf(r) === parsed.host &&
            db.get('prefixes', r.parent)?.namespace === namespaceId,
        );
      if (clash) return { errors: { __all__: [`IP address with this Parent and Host already exists.`] } };
      values.parent = parent.id;
      return { values };
    },
    computed: (row) => {
      const parsed = parseCidr(String(row.address));
      return { host: hostOf(row), mask_length: parsed?.length ?? 32, ip_version: parsed?.version ?? 4 };
    },
    display: (row) => String(row.address),
    naturalKey: {
      fields: ['parent__namespace__name', 'host'],
      values: (row, db) => [nameOf(db, 'namespaces', db.get('prefixes', row.parent)?.namespace), hostOf(row)],
    },
    // IP-aware, by whole octets: "10.1" is 10.1.0.0/16, so it does not find 10.10.0.10.
    search: (row, term) => {
      const range = searchRange(term);
      const host = parseIpv4(hostOf(row));
      return (
        (!!range && host !== null && host >= range.first && host <= range.last) ||
        icontains(row.dns_name, term) ||
        icontains(row.description, term)
      );
    },
    filters: {
      address: (row, values) => values.some((v) => hostOf(row) === (v.split('/')[0] ?? v)),
      namespace: (row, values, db) =>
        values.some((v) => {
          const ns = db.get('namespaces', db.get('prefixes', row.parent)?.namespace);
          return !!ns && (ns.id === v.toLowerCase() || ns.name === v);
        }),
    },
  },
  named('tenant-groups', 'tenancy/tenant-groups/', 'tenancy.tenantgroup', 'tenant group', {}),
  named(
    'tenants',
    'tenancy/tenants/',
    'tenancy.tenant',
    'tenant',
    { tenant_group: fk('tenant-groups', true) },
    {
      // Tenant.Meta.ordering = ["tenant_group", "name"]; a tenant without a group sorts after the grouped ones.
      orderKey: (row, db) => {
        const group = db.get('tenant-groups', row.tenant_group);
        return [group ? text(group.name).toLowerCase() : null, text(row.name).toLowerCase()];
      },
    },
  ),
  named('manufacturers', 'dcim/manufacturers/', 'dcim.manufacturer', 'manufacturer', {}),
  named('location-types', 'dcim/location-types/', 'dcim.locationtype', 'location type', {
    content_types: { kind: 'list' },
  }),
  named('locations', 'dcim/locations/', 'dcim.location', 'location', {
    name: requiredName,
    location_type: fk('location-types'),
    status,
    parent: fk('locations', true),
    tenant,
  }),
  named('roles', 'extras/roles/', 'extras.role', 'role', {
    color: { kind: 'string', max: 6, blank: true },
    content_types: { kind: 'list' },
  }),
  {
    ...named('device-types', 'dcim/device-types/', 'dcim.devicetype', 'device type', {}),
    fields: { model: { kind: 'string', max: 255 }, manufacturer: fk('manufacturers') },
    ordering: ['model'],
    display: (row) => String(row.model),
    naturalKey: {
      fields: ['manufacturer__name', 'model'],
      values: (row, db) => [nameOf(db, 'manufacturers', row.manufacturer), text(row.model)],
    },
    filterByName: (row, value) => row.model === value,
    search: (row, term) => icontains(row.model, term),
  },
  named(
    'devices',
    'dcim/devices/',
    'dcim.device',
    'device',
    {
      name: { kind: 'string', max: 64, blank: true },
      device_type: fk('device-types'),
      role: { kind: 'fk', to: 'roles', onDelete: 'PROTECT', limitToContentType: true },
      status,
      location: fk('locations'),
      tenant,
      serial: str,
    },
    {
      naturalKey: {
        fields: ['name', 'tenant__name', 'location__name'],
        values: (row, db) => [
          text(row.name),
          nameOf(db, 'tenants', row.tenant),
          nameOf(db, 'locations', row.location),
        ],
      },
    },
  ),
  named(
    'device-redundancy-groups',
    'dcim/device-redundancy-groups/',
    'dcim.deviceredundancygroup',
    'device redundancy group',
    {
      status,
      failover_strategy: {
        kind: 'string',
        max: 50,
        blank: true,
        choices: ['active-active', 'active-passive'],
        labels: { 'active-active': 'Active/Active', 'active-passive': 'Active/Passive' },
      },
    },
  ),
  named('virtual-chassis', 'dcim/virtual-chassis/', 'dcim.virtualchassis', 'virtual chassis', {
    name: requiredName,
    domain: str,
  }),
  named(
    'cloud-resource-types',
    'cloud/cloud-resource-types/',
    'cloud.cloudresourcetype',
    'cloud resource type',
    {
      provider: fk('manufacturers'),
      content_types: { kind: 'list' },
    },
  ),
  named('cloud-services', 'cloud/cloud-services/', 'cloud.cloudservice', 'cloud service', {
    cloud_resource_type: fk('cloud-resource-types'),
  }),
];
