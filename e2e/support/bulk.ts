import { expect, type Locator, type Page } from '@playwright/test';
import { seedIds } from '../../mocks/seed/dataset';
import { nautobot } from './nautobot';
import { RUN, runPort } from './run';

/**
 * What the bulk, CSV and quick-action specs share: pools of this run's own members arranged through the API,
 * the member list filtered to one of them, its selection, and files the browser downloads.
 */

export const MEMBERS = 'load-balancer-pool-members';

export type RunMember = { id: string; display: string; label: string; port: number };
export type MemberPool = { pool: { id: string; name: string }; members: RunMember[] };

/**
 * A pool named `${RUN}-${tag}-pool` with `count` Active members on seed server addresses 0…count-1 (Global), ports
 * from `runPort(portOffset)` on, labelled `${RUN}-${tag}-m01`… so `removeRunObjects` sweeps them.
 */
export async function createMemberPool(tag: string, count: number, portOffset: number): Promise<MemberPool> {
  const pool = await nautobot.create('load-balancer-pools', {
    name: `${RUN}-${tag}-pool`,
    load_balancing_algorithm: 'round_robin',
  });
  const made = await nautobot.bulkCreate(
    MEMBERS,
    Array.from({ length: count }, (_, i) => ({
      ip_address: seedIds.serverIp(i),
      load_balancer_pool: pool.id,
      port: runPort(portOffset + i),
      status: 'Active',
      label: `${RUN}-${tag}-m${String(i + 1).padStart(2, '0')}`,
    })),
  );
  const members = made
    .map((m) => ({ id: m.id, display: m.display, label: m.label ?? '', port: m.port ?? 0 }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { pool: { id: pool.id, name: pool.name }, members };
}

/** The member list filtered to one pool (Nautobot's own filter, in the URL), its rows in. */
export async function openPoolMembers(page: Page, poolId: string, count: number, extra = '') {
  await page.goto(`/load-balancers/load-balancer-pool-members/?load_balancer_pool=${poolId}${extra}`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Pool members · ${count}`, exact: true }),
  ).toBeVisible();
  return page.getByRole('table', { name: /^Pool members/ });
}

export const selectionBar = (page: Page) => page.getByRole('region', { name: 'Selection' });

export async function selectThisPage(page: Page, expected: number) {
  await page.getByRole('checkbox', { name: 'Select this page' }).check();
  await expect(selectionBar(page).getByText(`${expected} selected`, { exact: true })).toBeVisible();
}

/** The table row of an object, found by its selection checkbox (named after the object). */
export const rowOf = (table: Locator, name: string) =>
  table
    .getByRole('row')
    .filter({ has: table.page().getByRole('checkbox', { name: `Select ${name}`, exact: true }) });

/** The rows of a results or preview table, each as its cells' texts. */
export async function tableTexts(table: Locator): Promise<string[][]> {
  const rows = table.getByRole('row');
  const out: string[][] = [];
  for (const row of await rows.all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    out.push(cells.map((c) => c.trim()));
  }
  return out.slice(1);
}

/** A member's fields as Nautobot holds them, references by id, for comparing before and after. */
export async function memberFields(id: string): Promise<Record<string, unknown>> {
  const row = (await nautobot.get(MEMBERS, id, { depth: 0 })) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, byId(v)]));
}

const byId = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(byId) : v !== null && typeof v === 'object' && 'id' in v ? v.id : v;

/** The fields a person sets on a member; the rest (id, url, display, created…) are Nautobot's own. */
export const MEMBER_DATA_FIELDS = [
  'ip_address',
  'load_balancer_pool',
  'port',
  'status',
  'label',
  'ssl_offload',
  'health_check_monitor',
  'tenant',
  'tags',
  'custom_fields',
] as const;

export async function memberData(id: string) {
  const all = await memberFields(id);
  return Object.fromEntries(MEMBER_DATA_FIELDS.map((f) => [f, all[f]]));
}

/** A status's id by name, as references come back from Nautobot. */
export async function statusId(name: string): Promise<string> {
  const page = await nautobot.list('statuses', { filters: { name }, limit: 1 });
  const found = page.results[0];
  if (!found) throw new Error(`no status ${name}`);
  return found.id;
}

/** Every write (not GET) the page sends to Nautobot through the console's proxy, as it happens. */
export function watchWrites(page: Page): { count: () => number } {
  let n = 0;
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/api/nautobot/')) n += 1;
  });
  return { count: () => n };
}

/** How many members match Nautobot's filters, as the API counts them. */
export const membersMatching = (filters: Record<string, string>) => nautobot.count(MEMBERS, { filters });

/** The value, or the test fails saying what was missing. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} not found`);
  return value;
}
