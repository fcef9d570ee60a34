import { text, type DbView, type FieldSpec, type NaturalKey, type Row, type TableSpec } from './spec';

const str255 = { kind: 'string', max: 255, blank: true } as const satisfies FieldSpec;
const port = { kind: 'int', min: 0, max: 65535, nullable: true } as const satisfies FieldSpec;
const positive = { kind: 'int', min: 0, nullable: true } as const satisfies FieldSpec;
const optionalFk = (to: string): FieldSpec => ({ kind: 'fk', to, nullable: true, onDelete: 'PROTECT' });
const tenant = optionalFk('tenants');

const PROTOCOLS = ['tcp', 'udp', 'icmp', 'sctp', 'http', 'https', 'http2', 'grpc', 'quic', 'dns', 'any'];
const ALGORITHMS = [
  'round_robin',
  'url_hash',
  'least_connections',
  'least_response_time',
  'least_bandwidth',
  'least_packets',
  'domain_hash',
  'destination_ip_hash',
  'source_ip_hash',
  'srcip_destip_hash',
  'least_request',
  'custom_load',
  'srcip_srcport_hash',
];

const icontains = (value: unknown, term: string) =>
  typeof value === 'string' && value.toLowerCase().includes(term.toLowerCase());
const intEquals = (value: unknown, term: string) =>
  /^-?\d+$/.test(term.trim()) && value === Number(term.trim());
const nameOf = (db: DbView, table: string, id: unknown) => text(db.get(table, id)?.name);
const hostOf = (db: DbView, id: unknown) => text(db.get('ip-addresses', id)?.address).split('/')[0] ?? '';
const ipNamespace = (db: DbView, id: unknown) => {
  const ns = db.get('namespaces', db.get('prefixes', db.get('ip-addresses', id)?.parent)?.namespace);
  return ns ? text(ns.name) : null;
};
const nameKey: NaturalKey = { fields: ['name'], values: (row) => [text(row.name)] };
const portText = (port: unknown) => (typeof port === 'number' ? String(port) : null);

/**
 * An M2M filter (`certificate_profiles=<name or id>`, `=null` for none, `__n` to exclude) over the rows of
 * `through` linking `self` to something matching the name-or-id values.
 */
function m2mFilters(
  param: string,
  through: string,
  selfField: string,
  otherField: string,
  otherTable: string,
  byName: (r: Row, v: string) => boolean,
) {
  const linked = (row: Row, values: string[], db: DbView) => {
    const links = db.rows(through).filter((a) => a[selfField] === row.id);
    return values.some((v) =>
      v === 'null'
        ? links.length === 0
        : links.some((a) => {
            const other = db.get(otherTable, a[otherField]);
            return !!other && (other.id === v.toLowerCase() || byName(other, v));
          }),
    );
  };
  return {
    [param]: linked,
    [`${param}__n`]: (row: Row, values: string[], db: DbView) => !linked(row, values, db),
  };
}

export const lbTables: TableSpec[] = [
  {
    key: 'virtual-servers',
    path: 'load-balancers/virtual-servers/',
    objectType: 'load_balancers.virtualserver',
    verboseName: 'Virtual Server',
    primary: true,
    ordering: ['name'],
    fields: {
      name: { kind: 'string', max: 255 },
      vip: { kind: 'fk', to: 'ip-addresses', onDelete: 'PROTECT', filterByIdOnly: true },
      port,
      // Blank is allowed, but DRF makes it required because it is part of unique_together.
      protocol: { ...str255, choices: PROTOCOLS, required: true },
      source_nat_pool: optionalFk('prefixes'),
      source_nat_type: { ...str255, choices: ['auto', 'pool', 'static'] },
      load_balancer_type: { ...str255, choices: ['layer2', 'layer4', 'layer7', 'dns'] },
      enabled: { kind: 'bool', default: true },
      ssl_offload: { kind: 'bool', default: false },
      device: optionalFk('devices'),
      device_redundancy_group: optionalFk('device-redundancy-groups'),
      cloud_service: optionalFk('cloud-services'),
      virtual_chassis: optionalFk('virtual-chassis'),
      tenant,
      load_balancer_pool: optionalFk('load-balancer-pools'),
      health_check_monitor: optionalFk('health-check-monitors'),
    },
    uniqueTogether: [['vip', 'port', 'protocol']],
    display: (row) => String(row.name),
    naturalKey: {
      fields: ['vip__parent__namespace__name', 'vip__host', 'port', 'protocol'],
      values: (row, db) => [
        ipNamespace(db, row.vip),
        hostOf(db, row.vip),
        portText(row.port),
        text(row.protocol),
      ],
    },
    search: (row, term, db) =>
      icontains(row.name, term) ||
      intEquals(row.port, term) ||
      icontains(db.get('devices', row.device)?.name, term) ||
      icontains(nameOf(db, 'load-balancer-pools', row.load_balancer_pool), term),
    filterByName: (row, value) => row.name === value,
    m2m: {
      certificate_profiles: {
        through: 'virtual-server-certificate-profile-assignments',
        selfField: 'virtual_server',
        otherField: 'certificate_profile',
        otherTable: 'certificate-profiles',
      },
    },
    filters: {
      ...m2mFilters(
        'certificate_profiles',
        'virtual-server-certificate-profile-assignments',
        'virtual_server',
        'certificate_profile',
        'certificate-profiles',
        (r, v) => r.name === v,
      ),
    },
  },
  {
    key: 'load-balancer-pools',
    path: 'load-balancers/load-balancer-pools/',
    objectType: 'load_balancers.loadbalancerpool',
    verboseName: 'Load Balancer Pool',
    primary: true,
    ordering: ['name'],
    fields: {
      name: { kind: 'string', max: 255 },
      load_balancing_algorithm: { kind: 'string', max: 255, choices: ALGORITHMS },
      health_check_monitor: optionalFk('health-check-monitors'),
      tenant,
    },
    display: (row) => String(row.name),
    // Pool names are not unique, so its natural key is its pk: a name is "not a valid UUID".
    naturalKey: { fields: ['pk'], values: (row) => [row.id] },
    search: (row, term) => icontains(row.name, term),
    filterByName: (row, value) => row.name === value,
  },
  {
    key: 'load-balancer-pool-members',
    path: 'load-balancers/load-balancer-pool-members/',
    objectType: 'load_balancers.loadbalancerpoolmember',
    verboseName: 'Load Balancer Pool Member',
    primary: true,
    fields: {
      label: str255,
      ip_address: { kind: 'fk', to: 'ip-addresses', onDelete: 'CASCADE', filterByIdOnly: true },
      load_balancer_pool: { kind: 'fk', to: 'load-balancer-pools', onDelete: 'PROTECT' },
      port: { kind: 'int', min: 0, max: 65535, required: true },
      ssl_offload: { kind: 'bool', default: false },
      health_check_monitor: optionalFk('health-check-monitors'),
      tenant,
      status: { kind: 'fk', to: 'statuses', onDelete: 'PROTECT', limitToContentType: true },
    },
    uniqueTogether: [['ip_address', 'port', 'load_balancer_pool']],
    display: (row, db) => `${hostOf(db, row.ip_address)}:${String(row.port)}`,
    naturalKey: {
      fields: ['ip_address__parent__namespace__name', 'ip_address__host', 'port', 'load_balancer_pool__pk'],
      values: (row, db) => [
        ipNamespace(db, row.ip_address),
        hostOf(db, row.ip_address),
        portText(row.port),
        text(row.load_balancer_pool),
      ],
    },
    // Nautobot's member `q` lists ip_address__host, but icontains on its binary host column never matches:
    // searching "10.30." finds nothing on a real server, so it finds nothing here either.
    search: (row, term, db) =>
      icontains(row.label, term) ||
      icontains(nameOf(db, 'load-balancer-pools', row.load_balancer_pool), term) ||
      icontains(String(row.port), term),
    filterByName: (row, value, db) => hostOf(db, row.ip_address) === value,
    m2m: {
      certificate_profiles: {
        through: 'load-balancer-pool-member-certificate-profile-assignments',
        selfField: 'load_balancer_pool_member',
        otherField: 'certificate_profile',
        otherTable: 'certificate-profiles',
      },
    },
    filters: {
      ...m2mFilters(
        'certificate_profiles',
        'load-balancer-pool-member-certificate-profile-assignments',
        'load_balancer_pool_member',
        'certificate_profile',
        'certificate-profiles',
        (r, v) => r.name === v,
      ),
    },
  },
  {
    key: 'health-check-monitors',
    path: 'load-balancers/health-check-monitors/',
    objectType: 'load_balancers.healthcheckmonitor',
    verboseName: 'Health Check Monitor',
    primary: true,
    ordering: ['name'],
    fields: {
      name: { kind: 'string', max: 255, unique: true },
      interval: positive,
      retry: positive,
      timeout: positive,
      port,
      health_check_type: { ...str255, choices: ['ping', 'tcp', 'dns', 'http', 'https', 'custom'] },
      tenant,
    },
    display: (row) => String(row.name),
    naturalKey: nameKey,
    search: (row, term) =>
      icontains(row.name, term) ||
      ['interval', 'retry', 'timeout', 'port'].some((f) => intEquals(row[f], term)) ||
      icontains(row.health_check_type, term),
    filterByName: (row, value) => row.name === value,
  },
  {
    key: 'certificate-profiles',
    path: 'load-balancers/certificate-profiles/',
    objectType: 'load_balancers.certificateprofile',
    verboseName: 'Certificate Profile',
    primary: true,
    ordering: ['name'],
    fields: {
      name: { kind: 'string', max: 255, unique: true },
      certificate_type: { ...str255, choices: ['client', 'server', 'mutual_tls'] },
      certificate_file_path: str255,
      chain_file_path: str255,
      key_file_path: str255,
      expiration_date: { kind: 'datetime', nullable: true },
      cipher: str255,
      tenant,
    },
    display: (row) => String(row.name),
    naturalKey: nameKey,
    search: (row, term) =>
      [
        'name',
        'certificate_type',
        'cipher',
        'certificate_file_path',
        'chain_file_path',
        'key_file_path',
      ].some((f) => icontains(row[f], term)),
    filterByName: (row, value) => row.name === value,
    filters: {
      virtual_servers: (row, values, db) =>
        db
          .rows('virtual-server-certificate-profile-assignments')
          .some(
            (a) =>
              a.certificate_profile === row.id &&
              values.some(
                (v) =>
                  a.virtual_server === v.toLowerCase() ||
                  nameOf(db, 'virtual-servers', a.virtual_server) === v,
              ),
          ),
      load_balancer_pool_members: (row, values, db) =>
        db.rows('load-balancer-pool-member-certificate-profile-assignments').some((a) => {
          if (a.certificate_profile !== row.id) return false;
          const member = db.get('load-balancer-pool-members', a.load_balancer_pool_member);
          return (
            !!member &&
            values.some((v) => member.id === v.toLowerCase() || hostOf(db, member.ip_address) === v)
          );
        }),
    },
  },
  {
    key: 'virtual-server-certificate-profile-assignments',
    path: 'load-balancers/virtual-server-certificate-profile-assignments/',
    objectType: 'load_balancers.virtualservercertificateprofileassignment',
    verboseName: 'virtual server certificate profile assignment',
    primary: false,
    fields: {
      virtual_server: { kind: 'fk', to: 'virtual-servers', onDelete: 'CASCADE' },
      certificate_profile: { kind: 'fk', to: 'certificate-profiles', onDelete: 'CASCADE' },
    },
    uniqueTogether: [['virtual_server', 'certificate_profile']],
    m2mSides: ['virtual_server', 'certificate_profile'],
    display: (row, db) =>
      `${db.display('virtual-servers', db.get('virtual-servers', row.virtual_server) ?? { id: '' })}: ${nameOf(db, 'certificate-profiles', row.certificate_profile)}`,
    search: (row, term, db) =>
      icontains(nameOf(db, 'virtual-servers', row.virtual_server), term) ||
      icontains(nameOf(db, 'certificate-profiles', row.certificate_profile), term),
  },
  {
    key: 'load-balancer-pool-member-certificate-profile-assignments',
    path: 'load-balancers/load-balancer-pool-member-certificate-profile-assignments/',
    objectType: 'load_balancers.loadbalancerpoolmembercertificateprofileassignment',
    verboseName: 'load balancer pool member certificate profile assignment',
    primary: false,
    fields: {
      load_balancer_pool_member: { kind: 'fk', to: 'load-balancer-pool-members', onDelete: 'CASCADE' },
      certificate_profile: { kind: 'fk', to: 'certificate-profiles', onDelete: 'CASCADE' },
    },
    uniqueTogether: [['load_balancer_pool_member', 'certificate_profile']],
    m2mSides: ['load_balancer_pool_member', 'certificate_profile'],
    display: (row, db) => {
      const member = db.get('load-balancer-pool-members', row.load_balancer_pool_member);
      return `${member ? db.display('load-balancer-pool-members', member) : ''}: ${nameOf(db, 'certificate-profiles', row.certificate_profile)}`;
    },
    search: (row, term, db) =>
      icontains(db.get('load-balancer-pool-members', row.load_balancer_pool_member)?.label, term) ||
      icontains(nameOf(db, 'certificate-profiles', row.certificate_profile), term),
  },
];
