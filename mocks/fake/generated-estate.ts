import { seedId } from '../seed/ids';
import type { FakeDb } from './db';
import type { Row } from './spec';

export type GeneratedEstate = {
  /** Virtual servers to add, each with a pool of its own. */
  virtualServers: number;
  membersPerPool: number;
};

/** Distinct server addresses the generated members share (a member is unique per IP, port and pool). */
const SERVER_IPS = 2000;

/** Mostly healthy, with the problems a big estate has: a failed member here, a drained one there, a dead pool. */
function memberStatus(pool: number, member: number): string {
  if (pool % 25 === 7) return 'Failed';
  if (pool % 10 === 3 && member === 0) return 'Failed';
  if (pool % 13 === 5 && member === 1) return 'Maintenance';
  if (pool % 31 === 11 && member === 2) return 'Planned';
  return 'Active';
}

/**
 * Adds a large estate on top of the seed, for trying the map and dashboard at scale (2,000 virtual servers,
 * 10,000 members). Rows go straight into the tables: validating 10,000 inserts one by one, each checking
 * uniqueness against every row before it, would take minutes, and these rows are valid by construction.
 */
export function addGeneratedEstate(db: FakeDb, { virtualServers, membersPerPool }: GeneratedEstate): void {
  const now = db.now();
  const stamp = { created: now, last_updated: now, custom_fields: {} };
  const status = (name: string) => seedId('status', name);
  const snapshot = db.snapshot();
  const add = (table: string, rows: Row[]) => {
    snapshot.tables[table] = [...(snapshot.tables[table] ?? []), ...rows];
  };

  const servers = Math.min(SERVER_IPS, Math.max(1, virtualServers * membersPerPool));
  add(
    'ip-addresses',
    [
      ...Array.from({ length: virtualServers }, (_, i) => ({
        id: seedId('gen-vip', i),
        // 10.10.0.0/16 in Global holds the seed's VIPs in 10.10.0.x; these start at 10.10.1.0.
        address: `10.10.${1 + Math.floor(i / 250)}.${1 + (i % 250)}/32`,
        parent: seedId('prefix', 'vip-global'),
      })),
      ...Array.from({ length: servers }, (_, i) => ({
        id: seedId('gen-server', i),
        address: `10.20.${100 + Math.floor(i / 250)}.${1 + (i % 250)}/32`,
        parent: seedId('prefix', 'srv-global'),
      })),
    ].map((ip) => ({
      ...ip,
      status: status('Active'),
      type: 'host',
      tenant: null,
      dns_name: '',
      description: '',
      namespace: null,
      ...stamp,
    })),
  );
  add(
    'load-balancer-pools',
    Array.from({ length: virtualServers }, (_, i) => ({
      id: seedId('gen-pool', i),
      name: `gen-pool-${String(i).padStart(4, '0')}`,
      load_balancing_algorithm: 'round_robin',
      health_check_monitor: i % 7 === 6 ? null : seedId('monitor', i % 8),
      tenant: null,
      ...stamp,
    })),
  );
  add(
    'load-balancer-pool-members',
    Array.from({ length: virtualServers * membersPerPool }, (_, k) => {
      const pool = Math.floor(k / membersPerPool);
      const member = k % membersPerPool;
      return {
        id: seedId('gen-member', k),
        label: `gen-${pool}-${member}`,
        ip_address: seedId('gen-server', k % servers),
        load_balancer_pool: seedId('gen-pool', pool),
        port: 8080,
        ssl_offload: false,
        health_check_monitor: null,
        tenant: null,
        status: status(memberStatus(pool, member)),
        ...stamp,
      };
    }),
  );
  add(
    'virtual-servers',
    Array.from({ length: virtualServers }, (_, i) => ({
      id: seedId('gen-vs', i),
      name: `gen-vs-${String(i).padStart(4, '0')}`,
      vip: seedId('gen-vip', i),
      port: 443,
      protocol: 'https',
      source_nat_pool: null,
      source_nat_type: '',
      load_balancer_type: 'layer7',
      enabled: i % 50 !== 49,
      ssl_offload: false,
      device: null,
      device_redundancy_group: null,
      cloud_service: null,
      virtual_chassis: null,
      tenant: null,
      load_balancer_pool: seedId('gen-pool', i),
      health_check_monitor: null,
      ...stamp,
    })),
  );
  db.restore(snapshot);
}
