// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { iconName } from './describe';
import {
  isPoolStatus,
  memberInput,
  pageStatuses,
  poolIdsOf,
  statusNames,
  statusPage,
  type MemberStatusRow,
  type StatusPage,
} from './nautobot-adapters';
import type { ObjectStatus } from './types';

// Rows as the tables hold them: read flat, then filled in by id (lib/api/expand-refs.ts), one level down too.
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ref = (type: string, id: string, more: Record<string, unknown> = {}) => ({
  id,
  object_type: type,
  url: `http://nautobot.test/api/${type}/${id}/`,
  ...more,
});

const ACTIVE = uuid(1);
const FAILED = uuid(2);
const DEPRECATED = uuid(3);
const HTTP = uuid(10);
const TCP = uuid(11);
const WEB = uuid(20);
const API = uuid(21);
const EMPTY_POOL = uuid(22);

const status = (id: string, name: string) => ref('extras.status', id, { name, display: name });
const monitor = (id: string, name: string) =>
  ref('load_balancers.healthcheckmonitor', id, { name, display: name });
const bareMonitor = (id: string) => ref('load_balancers.healthcheckmonitor', id);

const TCP_MONITOR = monitor(TCP, 'tcp-443');

/** A pool as a member holds it once filled in: its monitor filled in too, one level down. */
const nestedPool = (id: string, name: string, poolMonitor: Record<string, unknown> | null = TCP_MONITOR) =>
  ref('load_balancers.loadbalancerpool', id, { name, display: name, health_check_monitor: poolMonitor });

function memberRow(
  n: number,
  {
    pool = nestedPool(WEB, 'web'),
    memberStatus = status(ACTIVE, 'Active'),
    ipStatus = status(ACTIVE, 'Active'),
    memberMonitor = null,
  }: {
    pool?: ReturnType<typeof nestedPool>;
    memberStatus?: ReturnType<typeof status>;
    ipStatus?: Record<string, unknown>;
    memberMonitor?: ReturnType<typeof monitor> | null;
  } = {},
) {
  const host = `10.0.0.${n}`;
  return {
    id: uuid(100 + n),
    object_type: 'load_balancers.loadbalancerpoolmember',
    display: `${host}:80`,
    url: '',
    ip_address: ref('ipam.ipaddress', uuid(200 + n), {
      display: `${host}/32`,
      host,
      address: `${host}/32`,
      status: ipStatus,
    }),
    label: '',
    load_balancer_pool: pool,
    status: memberStatus,
    port: 80,
    ssl_offload: false,
    health_check_monitor: memberMonitor,
    tenant: null,
  };
}

const membersPage = (rows: readonly unknown[]): StatusPage => {
  const page = statusPage('load-balancer-pool-members', rows);
  if (!page) throw new Error('members have statuses');
  return page;
};
const asMembers = (rows: readonly unknown[]): MemberStatusRow[] => {
  const page = membersPage(rows);
  if (page.resource !== 'load-balancer-pool-members') throw new Error('not members');
  return page.rows;
};

const summary = (s: ObjectStatus | undefined) => s && `${iconName(s)}: ${s.reason}`;

describe('statusPage', () => {
  it('takes the three models with statuses, and only those', () => {
    for (const resource of ['load-balancer-pool-members', 'load-balancer-pools', 'virtual-servers']) {
      expect(statusPage(resource, [])?.resource).toBe(resource);
    }
    expect(statusPage('health-check-monitors', [{ id: uuid(1) }])).toBeNull();
    expect(statusPage('certificate-profiles', [{ id: uuid(1) }])).toBeNull();
  });

  it('keeps the rows that parse and leaves out the rest', () => {
    const page = membersPage([memberRow(1), { id: uuid(999) }]);
    expect(page.rows).toHaveLength(1);
  });
});

describe('memberInput', () => {
  it('reads the status and monitors, and the pool monitor and IP status filled in one level down', () => {
    const [row] = asMembers([
      memberRow(5, { ipStatus: status(DEPRECATED, 'Deprecated'), memberMonitor: monitor(HTTP, 'http-200') }),
    ]);
    if (!row) throw new Error('no row');
    const page = membersPage([row]);
    const names = statusNames(page, [row]);
    expect(memberInput(row, names)).toEqual({
      status: 'Active',
      memberMonitor: 'http-200',
      poolMonitor: 'tcp-443',
      ipStatus: 'Deprecated',
      ipAddress: '10.0.0.5',
    });
  });

  it('keeps a monitor it cannot name as a monitor (under its id), and a pool without one as none', () => {
    const rows = asMembers([
      memberRow(1, { pool: nestedPool(WEB, 'web', bareMonitor(TCP)) }),
      memberRow(2, { pool: nestedPool(API, 'api', null) }),
    ]);
    const names = statusNames(membersPage(rows), rows);
    const [withMonitor, without] = rows.map((r) => memberInput(r, names));
    expect(withMonitor?.poolMonitor).toBe(TCP);
    expect(without?.poolMonitor).toBeNull();
  });

  it('falls back to the display for the IP address when the host is missing', () => {
    const row = memberRow(7);
    const [parsed] = asMembers([{ ...row, ip_address: { ...row.ip_address, host: undefined } }]);
    if (!parsed) throw new Error('no row');
    const names = statusNames(membersPage([parsed]), [parsed]);
    expect(memberInput(parsed, names).ipAddress).toBe('10.0.0.7');
  });
});

describe('pageStatuses', () => {
  it('gives a page of members each its own status', () => {
    const rows = asMembers([
      memberRow(1),
      memberRow(2, { memberStatus: status(FAILED, 'Failed') }),
      memberRow(3, { ipStatus: status(DEPRECATED, 'Deprecated') }),
    ]);
    const page = membersPage(rows);
    const byId = pageStatuses(page, rows, statusNames(page, rows));
    expect([...byId.values()].map(summary)).toEqual([
      'green circle: Pool member is Active, monitored by pool monitor tcp-443',
      'red diamond: Pool member is marked Failed',
      'gray circle: IP address 10.0.0.3 is Deprecated',
    ]);
  });

  it('rolls pools up from their members, with counts, and a pool without members as such', () => {
    const members = asMembers([
      memberRow(1),
      memberRow(2),
      memberRow(3, { memberStatus: status(FAILED, 'Failed') }),
      memberRow(4, { pool: nestedPool(API, 'api') }),
      memberRow(5, { pool: nestedPool(API, 'api'), memberStatus: status(FAILED, 'Failed') }),
    ]);
    const page = statusPage('load-balancer-pools', [
      { id: WEB, health_check_monitor: monitor(TCP, 'tcp-443') },
      { id: API, health_check_monitor: monitor(TCP, 'tcp-443') },
      { id: EMPTY_POOL.toUpperCase(), health_check_monitor: null },
    ]);
    if (!page) throw new Error('pools have statuses');
    expect(poolIdsOf(page)).toEqual([WEB, API, EMPTY_POOL]);
    const byId = pageStatuses(page, members, statusNames(page, members));
    const web = byId.get(WEB);
    expect(summary(web)).toBe('green circle: 2/3 members available');
    expect(web && isPoolStatus(web) && [web.available, web.total, web.lossOfRedundancy]).toEqual([
      2,
      3,
      false,
    ]);
    const api = byId.get(API);
    expect(summary(api)).toBe('green circle: 1/2 members available: loss of redundancy');
    expect(api && isPoolStatus(api) && api.lossOfRedundancy).toBe(true);
    expect(summary(byId.get(EMPTY_POOL))).toBe('blue square: Pool has no members');
  });

  it('gives virtual servers their pool’s status, black when disabled, blue square without a pool', () => {
    const members = asMembers([memberRow(1, { memberStatus: status(FAILED, 'Failed') })]);
    const vs = (n: number, enabled: boolean, pool: boolean) => ({
      id: uuid(300 + n),
      enabled,
      load_balancer_pool: pool ? nestedPool(WEB, 'web') : null,
    });
    const page = statusPage('virtual-servers', [vs(1, true, true), vs(2, false, true), vs(3, true, false)]);
    if (!page) throw new Error('virtual servers have statuses');
    expect(poolIdsOf(page)).toEqual([WEB, WEB]);
    const byId = pageStatuses(page, members, statusNames(page, members));
    expect([...byId.values()].map(summary)).toEqual([
      'red diamond: Pool web: The only member is offline',
      'black diamond: Virtual server disabled',
      'blue square: No pool assigned',
    ]);
  });
});
