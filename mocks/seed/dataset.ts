import { rng, seedId } from './ids';

/**
 * The demo and test estate, loaded identically into the embedded fake and into a real Nautobot (through its
 * REST API, in this order). Objects are POST bodies with fixed ids; statuses and the Global namespace exist in
 * every Nautobot and are named, not created.
 */
export type SeedStep = { table: string; path: string; objects: Record<string, unknown>[] };

const DAY = 86_400_000;

const TENANTS = ['Retail Banking', 'Payments', 'Online Store', 'Internal IT', 'Partner APIs'];
const ALGORITHMS = [
  'round_robin',
  'least_connections',
  'least_response_time',
  'source_ip_hash',
  'url_hash',
  'least_bandwidth',
  'least_packets',
  'domain_hash',
  'destination_ip_hash',
  'srcip_destip_hash',
  'least_request',
  'custom_load',
  'srcip_srcport_hash',
];
const MEMBER_STATUSES = [
  'Active',
  'Active',
  'Active',
  'Active',
  'Active',
  'Active',
  'Maintenance',
  'Failed',
  'Planned',
  'Decommissioning',
];
const APPS = ['web', 'api', 'auth', 'checkout', 'search', 'static', 'mail', 'dns', 'grpc-orders', 'reports'];

const MONITORS = [
  { name: 'http-80', health_check_type: 'http', port: 80, interval: 5, retry: 3, timeout: 16 },
  { name: 'https-443', health_check_type: 'https', port: 443, interval: 5, retry: 3, timeout: 16 },
  { name: 'tcp-half-open', health_check_type: 'tcp', port: null, interval: 10, retry: 2, timeout: 31 },
  { name: 'icmp-ping', health_check_type: 'ping', port: null, interval: 5, retry: 3, timeout: 16 },
  { name: 'dns-53', health_check_type: 'dns', port: 53, interval: 10, retry: 3, timeout: 30 },
  { name: 'http-healthz', health_check_type: 'http', port: 8080, interval: 3, retry: 2, timeout: 10 },
  { name: 'https-ssl-check', health_check_type: 'https', port: 8443, interval: 15, retry: 3, timeout: 46 },
  { name: 'custom-app-probe', health_check_type: 'custom', port: 9000, interval: 30, retry: 1, timeout: 91 },
];

/** Days from seeding until each certificate expires: two expired, three within 30 days, five later. */
const CERT_DAYS = [-40, -3, 5, 12, 27, 45, 75, 120, 200, 365];
const CERTS = [
  'www-example-com',
  'api-example-com',
  'auth-example-com',
  'checkout-example-com',
  'wildcard-example-com',
  'partner-mtls',
  'internal-ca-client',
  'mail-example-com',
  'search-example-com',
  'legacy-portal',
];

const id = seedId;

const LB_CONTENT_TYPES = [
  'load_balancers.virtualserver',
  'load_balancers.loadbalancerpool',
  'load_balancers.loadbalancerpoolmember',
  'load_balancers.healthcheckmonitor',
  'load_balancers.certificateprofile',
];

export function buildSeed(now: Date = new Date()): SeedStep[] {
  const r = rng(20261121);
  const tenants = TENANTS.map((name, i) => ({
    id: id('tenant', i),
    name,
    tenant_group: id('tenant-group', i % 2),
  }));

  const prefixes = [
    {
      id: id('prefix', 'vip-global'),
      prefix: '10.10.0.0/16',
      namespace: 'Global',
      status: 'Active',
      type: 'network',
      description: 'Virtual IPs',
    },
    {
      id: id('prefix', 'srv-global'),
      prefix: '10.20.0.0/16',
      namespace: 'Global',
      status: 'Active',
      type: 'network',
      description: 'Application servers',
    },
    {
      id: id('prefix', 'snat-global'),
      prefix: '172.16.0.0/24',
      namespace: 'Global',
      status: 'Active',
      type: 'pool',
      description: 'SNAT pool east',
    },
    {
      id: id('prefix', 'vip-dmz'),
      prefix: '10.10.0.0/16',
      namespace: 'DMZ',
      status: 'Active',
      type: 'network',
      description: 'DMZ virtual IPs',
    },
    {
      id: id('prefix', 'srv-dmz'),
      prefix: '10.30.0.0/16',
      namespace: 'DMZ',
      status: 'Active',
      type: 'network',
      description: 'DMZ servers',
    },
    {
      id: id('prefix', 'snat-dmz'),
      prefix: '172.16.1.0/24',
      namespace: 'DMZ',
      status: 'Active',
      type: 'pool',
      description: 'SNAT pool DMZ',
    },
  ];

  // 20 VIPs (the same 10.10.0.x can exist in both namespaces), 150 server addresses.
  const vips = Array.from({ length: 20 }, (_, i) => ({
    id: id('vip', i),
    address: `10.10.0.${10 + (i % 12)}/32`,
    namespace: i < 12 ? 'Global' : 'DMZ',
    status: 'Active',
    type: 'host',
    dns_name: `${APPS[i % APPS.length] ?? 'app'}${i < 12 ? '' : '-dmz'}.example.com`,
  }));
  const servers = Array.from({ length: 150 }, (_, i) => {
    const dmz = i >= 120;
    const n = dmz ? i - 120 : i;
    return {
      id: id('server-ip', i),
      address: `${dmz ? '10.30' : '10.20'}.${1 + Math.floor(n / 50)}.${10 + (n % 50)}/32`,
      namespace: dmz ? 'DMZ' : 'Global',
      status: i % 37 === 5 ? 'Deprecated' : i % 41 === 7 ? 'Reserved' : 'Active',
      type: 'host',
      dns_name: `${APPS[n % APPS.length] ?? 'app'}-${String(n + 1).padStart(2, '0')}${dmz ? '.dmz' : ''}.example.com`,
    };
  });

  const monitors = MONITORS.map((m, i) => ({
    id: id('monitor', i),
    ...m,
    tenant: i === 7 ? tenants[3]?.id : null,
  }));
  const certs = CERTS.map((name, i) => ({
    id: id('cert', i),
    name,
    certificate_type: name.includes('mtls') ? 'mutual_tls' : name.includes('client') ? 'client' : 'server',
    certificate_file_path: `/config/ssl/ssl.crt/${name}.crt`,
    chain_file_path: i % 3 === 0 ? `/config/ssl/ssl.crt/${name}-chain.crt` : '',
    key_file_path: `/config/ssl/ssl.key/${name}.key`,
    cipher: i % 2 ? 'ECDHE-RSA-AES256-GCM-SHA384' : 'TLS13-AES256-GCM-SHA384',
    expiration_date: new Date(
      Math.floor((now.getTime() + (CERT_DAYS[i] ?? 90) * DAY) / DAY) * DAY + 12 * 3600_000,
    )
      .toISOString()
      .replace('.000Z', 'Z'),
    tenant: tenants[i % tenants.length]?.id ?? null,
  }));

  // 30 pools: every algorithm used; "web-pool" exists twice (pool names are not unique in Nautobot).
  const pools = Array.from({ length: 30 }, (_, i) => ({
    id: id('pool', i),
    name:
      i === 29
        ? 'web-pool'
        : `${APPS[i % APPS.length] ?? 'app'}-pool${i >= APPS.length ? `-${Math.floor(i / APPS.length) + 1}` : ''}`,
    load_balancing_algorithm: ALGORITHMS[i % ALGORITHMS.length],
    health_check_monitor: i % 5 === 4 ? null : monitors[i % monitors.length]?.id,
    tenant: tenants[i % tenants.length]?.id,
  }));

  // 10 members a pool, 300 in all, across all five statuses.
  const members = pools.flatMap((pool, p) =>
    Array.from({ length: 10 }, (_, m) => {
      const dmzPool = p % 10 === 9;
      const server = servers[dmzPool ? 120 + ((p + m * 3) % 30) : (p * 7 + m * 11) % 120];
      const port = [80, 443, 8080, 8443, 53, 80, 9000, 443, 50051, 8080][p % 10] ?? 80;
      return {
        id: id('member', `${p}-${m}`),
        ip_address: server?.id,
        load_balancer_pool: pool.id,
        port,
        status:
          p === 3
            ? m < 9
              ? 'Failed'
              : 'Active'
            : p === 4 && m > 0
              ? 'Maintenance'
              : (MEMBER_STATUSES[(p + m * 3) % MEMBER_STATUSES.length] ?? 'Active'),
        label: `${pool.name.replace(/-pool.*/, '')}-${String(m + 1).padStart(2, '0')}`,
        ssl_offload: port === 443 || port === 8443,
        health_check_monitor: m === 0 && p % 4 === 1 ? monitors[(p + 1) % monitors.length]?.id : null,
        tenant: pool.tenant,
      };
    }),
  );

  const PROTOCOLS = ['https', 'http', 'tcp', 'udp', 'http2', 'grpc', 'quic', 'dns', 'sctp', 'icmp', 'any'];
  const TYPES = [
    'layer7',
    'layer7',
    'layer4',
    'layer4',
    'layer7',
    'layer7',
    'layer7',
    'dns',
    'layer4',
    'layer2',
    'layer4',
  ];
  const placements = ['device', 'device_redundancy_group', 'virtual_chassis', 'cloud_service'] as const;
  const placementIds = {
    device: [id('device', 0), id('device', 1), id('device', 2), id('device', 3)],
    device_redundancy_group: [id('drg', 0)],
    virtual_chassis: [id('vc', 0)],
    cloud_service: [id('cloud-service', 0)],
  };
  const virtualServers = Array.from({ length: 25 }, (_, i) => {
    const protocol = PROTOCOLS[i % PROTOCOLS.length] ?? 'tcp';
    const port =
      {
        https: 443,
        http: 80,
        tcp: 8443,
        udp: 514,
        http2: 443,
        grpc: 50051,
        quic: 443,
        dns: 53,
        sctp: 3868,
        icmp: null,
        any: null,
      }[protocol] ?? null;
    const placement = placements[i % placements.length] ?? 'device';
    const vip = vips[i % vips.length];
    return {
      id: id('vs', i),
      name: `vs-${APPS[i % APPS.length] ?? 'app'}-${protocol}${i >= 11 ? `-${Math.floor(i / 11) + 1}` : ''}`,
      vip: vip?.id,
      port: i >= 20 && port !== null ? port + 1 : port,
      protocol,
      load_balancer_type: TYPES[i % TYPES.length],
      source_nat_type: i % 3 === 0 ? 'pool' : i % 3 === 1 ? 'auto' : '',
      source_nat_pool: i % 3 === 0 ? (vip?.namespace === 'DMZ' ? prefixes[5]?.id : prefixes[2]?.id) : null,
      enabled: i % 9 !== 8,
      ssl_offload: ['https', 'http2', 'quic'].includes(protocol),
      load_balancer_pool: i === 24 ? null : pools[i % pools.length]?.id,
      health_check_monitor: i % 6 === 0 ? monitors[i % monitors.length]?.id : null,
      tenant: tenants[i % tenants.length]?.id,
      [placement]: r.pick(placementIds[placement]),
    };
  });

  const vsAssignments = virtualServers
    .filter((vs) => vs.ssl_offload && vs.id !== id('vs', 12))
    .map((vs, i) => ({
      id: id('vs-cert', i),
      virtual_server: vs.id,
      certificate_profile: certs[i % certs.length]?.id,
    }));
  const memberAssignments = members
    .filter((m) => m.ssl_offload)
    .filter((_, i) => i % 6 === 0)
    .map((m, i) => ({
      id: id('member-cert', i),
      load_balancer_pool_member: m.id,
      certificate_profile: certs[(i * 3) % certs.length]?.id,
    }));

  return [
    {
      table: 'namespaces',
      path: 'ipam/namespaces/',
      objects: [{ id: id('namespace', 'dmz'), name: 'DMZ', description: 'Internet-facing segment' }],
    },
    {
      table: 'tenant-groups',
      path: 'tenancy/tenant-groups/',
      objects: [
        { id: id('tenant-group', 0), name: 'Business units' },
        { id: id('tenant-group', 1), name: 'Shared services' },
      ],
    },
    { table: 'tenants', path: 'tenancy/tenants/', objects: tenants },
    {
      table: 'manufacturers',
      path: 'dcim/manufacturers/',
      objects: [
        { id: id('manufacturer', 0), name: 'F5' },
        { id: id('manufacturer', 1), name: 'Amazon Web Services' },
      ],
    },
    {
      table: 'location-types',
      path: 'dcim/location-types/',
      objects: [{ id: id('location-type', 0), name: 'Data center', content_types: ['dcim.device'] }],
    },
    {
      table: 'locations',
      path: 'dcim/locations/',
      objects: [
        { id: id('location', 0), name: 'DC East', location_type: id('location-type', 0), status: 'Active' },
        { id: id('location', 1), name: 'DC West', location_type: id('location-type', 0), status: 'Active' },
      ],
    },
    {
      table: 'roles',
      path: 'extras/roles/',
      objects: [
        { id: id('role', 0), name: 'Load balancer', color: '2196f3', content_types: ['dcim.device'] },
      ],
    },
    {
      // Tags a team might use on load balancers, allowed on all five models.
      table: 'tags',
      path: 'extras/tags/',
      objects: [
        ['pci-scope', 'f44336'],
        ['change-freeze', 'ff9800'],
        ['migration-2027', '3f51b5'],
      ].map(([name, color], i) => ({ id: id('tag', i), name, color, content_types: LB_CONTENT_TYPES })),
    },
    {
      table: 'device-types',
      path: 'dcim/device-types/',
      objects: [{ id: id('device-type', 0), model: 'BIG-IP i5800', manufacturer: id('manufacturer', 0) }],
    },
    {
      table: 'devices',
      path: 'dcim/devices/',
      objects: ['lb-east-01', 'lb-east-02', 'lb-west-01', 'lb-west-02'].map((name, i) => ({
        id: id('device', i),
        name,
        device_type: id('device-type', 0),
        role: id('role', 0),
        status: 'Active',
        location: id('location', i < 2 ? 0 : 1),
      })),
    },
    {
      table: 'device-redundancy-groups',
      path: 'dcim/device-redundancy-groups/',
      objects: [
        { id: id('drg', 0), name: 'lb-east-ha', status: 'Active', failover_strategy: 'active-passive' },
      ],
    },
    {
      table: 'virtual-chassis',
      path: 'dcim/virtual-chassis/',
      objects: [{ id: id('vc', 0), name: 'lb-west-vc' }],
    },
    {
      table: 'cloud-resource-types',
      path: 'cloud/cloud-resource-types/',
      objects: [
        {
          id: id('cloud-resource-type', 0),
          name: 'Application Load Balancer',
          provider: id('manufacturer', 1),
          content_types: ['cloud.cloudservice'],
        },
      ],
    },
    {
      table: 'cloud-services',
      path: 'cloud/cloud-services/',
      objects: [
        {
          id: id('cloud-service', 0),
          name: 'alb-prod-eu',
          cloud_resource_type: id('cloud-resource-type', 0),
        },
      ],
    },
    { table: 'prefixes', path: 'ipam/prefixes/', objects: prefixes },
    { table: 'ip-addresses', path: 'ipam/ip-addresses/', objects: [...vips, ...servers] },
    { table: 'health-check-monitors', path: 'load-balancers/health-check-monitors/', objects: monitors },
    { table: 'certificate-profiles', path: 'load-balancers/certificate-profiles/', objects: certs },
    { table: 'load-balancer-pools', path: 'load-balancers/load-balancer-pools/', objects: pools },
    {
      table: 'load-balancer-pool-members',
      path: 'load-balancers/load-balancer-pool-members/',
      objects: members,
    },
    { table: 'virtual-servers', path: 'load-balancers/virtual-servers/', objects: virtualServers },
    {
      table: 'virtual-server-certificate-profile-assignments',
      path: 'load-balancers/virtual-server-certificate-profile-assignments/',
      objects: vsAssignments,
    },
    {
      table: 'load-balancer-pool-member-certificate-profile-assignments',
      path: 'load-balancers/load-balancer-pool-member-certificate-profile-assignments/',
      objects: memberAssignments,
    },
  ];
}

/** Ids tests may rely on, named for what they are. */
export const seedIds = {
  vs: (i: number) => seedId('vs', i),
  pool: (i: number) => seedId('pool', i),
  member: (pool: number, m: number) => seedId('member', `${pool}-${m}`),
  monitor: (i: number) => seedId('monitor', i),
  cert: (i: number) => seedId('cert', i),
  vip: (i: number) => seedId('vip', i),
  serverIp: (i: number) => seedId('server-ip', i),
  tenant: (i: number) => seedId('tenant', i),
  prefix: (name: string) => seedId('prefix', name),
};
