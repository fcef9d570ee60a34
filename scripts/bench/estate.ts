import { seedId } from '../../mocks/seed/ids';
import { seedIds, type SeedStep } from '../../mocks/seed/dataset';

/**
 * The benchmark's estate on top of the demo seed (25 virtual servers, 30 pools, 300 members): virtual servers
 * each with a pool of five members, enough of them to bring the members to exactly 10,000. The same shape as the
 * fake's generated estate (mocks/fake/generated-estate.ts), written as REST bodies for a real Nautobot.
 */
export const ESTATE = { virtualServers: 1940, membersPerPool: 5, seedMembers: 300 } as const;
export const TOTAL_MEMBERS = ESTATE.seedMembers + ESTATE.virtualServers * ESTATE.membersPerPool;

/** The members a bulk edit changes: the first 1,000 generated ones, found by this port (no other member uses it). */
export const BULK_PORT = 9001;
export const BULK_SIZE = 1000;
/** Port of the members the CSV imports create (and the run deletes again). */
export const IMPORT_PORT = 7100;

/**
 * Members and virtual servers reuse the seed's addresses: Nautobot takes seconds per hundred IP addresses it
 * files under their prefix, and a member is unique per IP, port and pool, a virtual server per VIP, port and
 * protocol. So members take the seed's 120 Global servers in turn, and virtual servers share its 12 Global VIPs
 * on ports of their own, as many services share an address on a real F5.
 */
export const SEED_SERVERS = 120;
const SEED_GLOBAL_VIPS = 12;

export const genId = {
  pool: (i: number) => seedId('bench-pool', i),
  member: (k: number) => seedId('bench-member', k),
  vs: (i: number) => seedId('bench-vs', i),
};
export const poolName = (i: number) => `bench-pool-${String(i).padStart(4, '0')}`;
/** The seed's i-th Global server address (mocks/seed/dataset.ts). */
export const serverAddress = (i: number) => `10.20.${1 + Math.floor(i / 50)}.${10 + (i % 50)}`;

/** Mostly healthy, with the problems a big estate has; never Decommissioning, the bulk edit's target. */
function memberStatus(pool: number, member: number): string {
  if (pool % 25 === 7) return 'Failed';
  if (pool % 10 === 3 && member === 0) return 'Failed';
  if (pool % 13 === 5 && member === 1) return 'Maintenance';
  if (pool % 31 === 11 && member === 2) return 'Planned';
  return 'Active';
}

export function benchEstate(): SeedStep[] {
  const { virtualServers, membersPerPool } = ESTATE;
  const pools = Array.from({ length: virtualServers }, (_, i) => ({
    id: genId.pool(i),
    name: poolName(i),
    load_balancing_algorithm: 'round_robin',
    health_check_monitor: i % 7 === 6 ? null : seedId('monitor', i % 8),
  }));
  const members = Array.from({ length: virtualServers * membersPerPool }, (_, k) => {
    const pool = Math.floor(k / membersPerPool);
    const member = k % membersPerPool;
    return {
      id: genId.member(k),
      label: `bench-${pool}-${member}`,
      ip_address: seedIds.serverIp(k % SEED_SERVERS),
      load_balancer_pool: genId.pool(pool),
      port: k < BULK_SIZE ? BULK_PORT : 8080,
      status: memberStatus(pool, member),
    };
  });
  const vs = Array.from({ length: virtualServers }, (_, i) => ({
    id: genId.vs(i),
    name: `bench-vs-${String(i).padStart(4, '0')}`,
    vip: seedIds.vip(i % SEED_GLOBAL_VIPS),
    port: 10_000 + i,
    protocol: 'https',
    load_balancer_type: 'layer7',
    enabled: i % 50 !== 49,
    load_balancer_pool: genId.pool(i),
  }));
  const lb = 'load-balancers/';
  return [
    { table: 'load-balancer-pools', path: `${lb}load-balancer-pools/`, objects: pools },
    { table: 'load-balancer-pool-members', path: `${lb}load-balancer-pool-members/`, objects: members },
    { table: 'virtual-servers', path: `${lb}virtual-servers/`, objects: vs },
  ];
}
