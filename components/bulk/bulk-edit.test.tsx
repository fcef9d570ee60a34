import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { helperOf } from '@/components/test-utils/queries';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';

// These screens read and write hundreds of objects through the fake; a loaded machine needs the headroom.
configure({ asyncUtilTimeout: 5000 });

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server, requests } = setupFakeNautobot();
const client = fakeClient();

type Row = Record<string, unknown> & { id: string };
const members = () => fake.db.rows('load-balancer-pool-members') as Row[];
const statusId = (name: string) => (fake.db.rows('statuses') as Row[]).find((s) => s.name === name)?.id;
const statusName = (id: unknown) => (fake.db.rows('statuses') as Row[]).find((s) => s.id === id)?.name;

/** The pool with the most Active members (and none in Maintenance), so the change shows on each of them. */
function activePool() {
  const active = statusId('Active');
  const maintenance = statusId('Maintenance');
  const pools = [...new Set(members().map((m) => String(m.load_balancer_pool)))].map((pool) =>
    members().filter((m) => m.load_balancer_pool === pool),
  );
  const fits = pools.filter((of) => of.length >= 2 && of.every((m) => m.status !== maintenance));
  const best = fits.sort(
    (a, b) => b.filter((m) => m.status === active).length - a.filter((m) => m.status === active).length,
  )[0];
  if (!best) throw new Error('The seed has no pool of two or more members outside Maintenance.');
  const of = best;
  return {
    pool: String(of[0]?.load_balancer_pool),
    of,
    active: of.filter((m) => m.status === active).length,
    before: new Map(of.map((m) => [m.id, statusName(m.status)])),
  };
}

beforeEach(() => {
  window.localStorage.clear();
});

async function openBulkEdit(pool: string) {
  setUrl(`/load-balancers/load-balancer-pool-members/?load_balancer_pool=${pool}`);
  renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
  await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
  await userEvent.click(screen.getByRole('checkbox', { name: 'Select this page' }));
  await userEvent.click(screen.getByRole('button', { name: 'Bulk edit' }));
  return screen.getByRole('dialog');
}

async function chooseOp(dialog: HTMLElement, field: string, op: string) {
  await userEvent.click(
    within(within(dialog).getByRole('radiogroup', { name: field })).getByRole('radio', { name: op }),
  );
}

async function setStatus(dialog: HTMLElement, name: string) {
  await chooseOp(dialog, 'Status', 'Set');
  await userEvent.type(within(dialog).getByRole('combobox', { name: 'Status' }), name.slice(0, 5));
  await userEvent.click(await screen.findByRole('option', { name: new RegExp(name) }, { timeout: 3000 }));
}

async function previewAndApply(dialog: HTMLElement) {
  await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
  await within(dialog).findByRole('table', { name: 'Planned changes' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
  return within(dialog).findByRole('table', { name: 'Bulk edit results' });
}

const memberName = (m: Row) => fake.db.display('load-balancer-pool-members', m);
const memberStatus = (m: Row) => statusName(fake.db.get('load-balancer-pool-members', m.id)?.status);
/** Each results row's object and outcome. */
const outcomes = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].slice(0, 2).map((c) => c.textContent));

describe('bulk edit', () => {
  it('previews before → after, applies, and undoes', async () => {
    const { pool, of, active, before } = activePool();
    const dialog = await openBulkEdit(pool);
    await setStatus(dialog, 'Maintenance');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const preview = await within(dialog).findByRole('table', { name: 'Planned changes' });
    expect(within(preview).getAllByText('Active → Maintenance')).toHaveLength(active);
    expect(within(dialog).getByText(`${of.length} will change · 0 unchanged · 0 invalid`)).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    const results = await within(dialog).findByRole('table', { name: 'Bulk edit results' });
    expect(within(results).getAllByText('Applied')).toHaveLength(of.length);
    for (const m of of)
      expect(statusName(fake.db.get('load-balancer-pool-members', m.id)?.status)).toBe('Maintenance');
    // The list behind the dialog re-reads the new values.
    await vi.waitFor(() =>
      expect(screen.getAllByText('Maintenance').length).toBeGreaterThanOrEqual(of.length),
    );

    await userEvent.click(within(dialog).getByRole('button', { name: 'Undo' }));
    await within(dialog).findByRole('table', { name: 'Undo results' });
    for (const m of of)
      expect(statusName(fake.db.get('load-balancer-pool-members', m.id)?.status)).toBe(before.get(m.id));
    expect(within(dialog).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('shows the form’s message at the field for a bad value, and plans nothing', async () => {
    const { pool } = activePool();
    const dialog = await openBulkEdit(pool);
    await chooseOp(dialog, 'Port', 'Set');
    const port = within(dialog).getByRole('textbox', { name: /^Port/ });
    await userEvent.type(port, '70000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await vi.waitFor(() =>
      expect(helperOf(within(dialog).getByRole('textbox', { name: /^Port/ }))).toBe(
        'Enter a port from 0 to 65535.',
      ),
    );
    expect(within(dialog).queryByRole('table', { name: 'Planned changes' })).toBeNull();
  });

  it('lists the object Nautobot refused with its reason, and applies the rest', async () => {
    const { pool, of } = activePool();
    const bad = of[0] as Row;
    server.use(
      http.patch(/\/load-balancer-pool-members\/$/, async ({ request }) => {
        const body = (await request.clone().json()) as { id: string }[];
        if (!body.some((o) => o.id === bad.id)) return undefined;
        return HttpResponse.json(
          body.map((o) => (o.id === bad.id ? { status: ['This member is locked.'] } : {})),
          { status: 400 },
        );
      }),
    );
    const dialog = await openBulkEdit(pool);
    await setStatus(dialog, 'Maintenance');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByRole('table', { name: 'Planned changes' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    const results = await within(dialog).findByRole('table', { name: 'Bulk edit results' });
    const failed = within(results).getByRole('row', {
      name: new RegExp(
        `^${fake.db.display('load-balancer-pool-members', bad).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    });
    expect(within(failed).getByText('Failed')).toBeTruthy();
    expect(within(failed).getByText('Status: This member is locked.')).toBeTruthy();
    expect(within(results).getAllByText('Applied')).toHaveLength(of.length - 1);
    expect(fake.db.get('load-balancer-pool-members', bad.id)?.status).toBe(bad.status);
    expect(within(dialog).getByRole('button', { name: 'Retry failed' })).toBeTruthy();
  });
});

describe('bulk edit: undo after someone else’s change', () => {
  /** Our bulk edit sets the pool's members to Maintenance; then someone else sets one Failed, renames another. */
  async function editThenTheirs() {
    const { pool, of, before } = activePool();
    const [theirs, renamed, ...rest] = of as [Row, Row, ...Row[]];
    const dialog = await openBulkEdit(pool);
    await setStatus(dialog, 'Maintenance');
    await previewAndApply(dialog);
    await client.update('load-balancer-pool-members', theirs.id, { status: statusId('Failed') });
    await client.update('load-balancer-pool-members', renamed.id, { label: 'renamed-elsewhere' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Undo' }));
    const changed = await within(dialog).findByRole('list', { name: 'Changed since' });
    return { dialog, changed, theirs, renamed, rest, before };
  }

  it('shows what changed since and, told to skip them, undoes only the others', async () => {
    const { dialog, changed, theirs, renamed, rest, before } = await editThenTheirs();
    expect(
      within(dialog).getByText('2 changed since the bulk edit. Skip them, or overwrite their changes?'),
    ).toBeTruthy();
    const items = within(changed).getAllByRole('listitem');
    expect(items.map((li) => li.textContent).sort()).toEqual(
      [
        `${memberName(theirs)}Status: Maintenance → Failed`,
        `${memberName(renamed)}Changed since (other fields)`,
      ].sort(),
    );

    await userEvent.click(within(dialog).getByRole('button', { name: 'Skip these' }));
    const results = await within(dialog).findByRole('table', { name: 'Undo results' });
    expect(within(results).getAllByText('Applied')).toHaveLength(rest.length);
    expect(memberStatus(theirs)).toBe('Failed');
    expect(memberStatus(renamed)).toBe('Maintenance');
    for (const m of rest) expect(memberStatus(m)).toBe(before.get(m.id));
  });

  it('puts every object back, theirs included, when told to overwrite', async () => {
    const { dialog, theirs, renamed, rest, before } = await editThenTheirs();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Overwrite' }));
    await within(dialog).findByRole('table', { name: 'Undo results' });
    for (const m of [theirs, renamed, ...rest]) expect(memberStatus(m)).toBe(before.get(m.id));
    // Only the field the bulk edit wrote is put back; their rename stays.
    expect(fake.db.get('load-balancer-pool-members', renamed.id)?.label).toBe('renamed-elsewhere');
  });

  it('goes back to the results without undoing anything', async () => {
    const { dialog, theirs, rest } = await editThenTheirs();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(await within(dialog).findByRole('table', { name: 'Bulk edit results' })).toBeTruthy();
    expect(memberStatus(theirs)).toBe('Failed');
    for (const m of rest) expect(memberStatus(m)).toBe('Maintenance');
  });
});

describe('bulk edit: results', () => {
  it('retries the objects Nautobot refused, and Undo then covers them too', async () => {
    const { pool, of, before } = activePool();
    const bad = of[0] as Row;
    let locked = true;
    server.use(
      http.patch(/\/load-balancer-pool-members\/$/, async ({ request }) => {
        const body = (await request.clone().json()) as { id: string }[];
        if (!locked || !body.some((o) => o.id === bad.id)) return undefined;
        return HttpResponse.json(
          body.map((o) => (o.id === bad.id ? { status: ['This member is locked.'] } : {})),
          { status: 400 },
        );
      }),
    );
    const dialog = await openBulkEdit(pool);
    await setStatus(dialog, 'Maintenance');
    await previewAndApply(dialog);
    expect(within(dialog).getByRole('status').textContent).toBe(
      `Bulk edit: ${of.length - 1} applied · 1 failed`,
    );

    locked = false;
    requests.length = 0;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry failed' }));
    await vi.waitFor(() =>
      expect(within(dialog).getByRole('status').textContent).toBe(
        `Bulk edit: ${of.length} applied · 0 failed`,
      ),
    );
    // Only the refused object was sent again.
    const patches = requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(
      (JSON.parse(await (patches[0] as (typeof requests)[number]).body) as { id: string }[]).map((o) => o.id),
    ).toEqual([bad.id]);
    expect(memberStatus(bad)).toBe('Maintenance');
    expect(within(dialog).queryByRole('button', { name: 'Retry failed' })).toBeNull();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Undo' }));
    await within(dialog).findByRole('table', { name: 'Undo results' });
    for (const m of of) expect(memberStatus(m)).toBe(before.get(m.id));
  });

  it('clears a nullable field, previews before → after, and sends only the objects it changes', async () => {
    const withMonitor = members().find((m) => m.health_check_monitor);
    if (!withMonitor) throw new Error('The seed has no member with a health monitor.');
    const pool = String(withMonitor.load_balancer_pool);
    const of = members().filter((m) => m.load_balancer_pool === pool);
    expect(of.filter((m) => m.health_check_monitor)).toHaveLength(1);
    const monitor = fake.db.get('health-check-monitors', withMonitor.health_check_monitor);
    const dialog = await openBulkEdit(pool);
    await chooseOp(dialog, 'Health monitor', 'Clear');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const preview = await within(dialog).findByRole('table', { name: 'Planned changes' });
    expect(within(dialog).getByText(`1 will change · ${of.length - 1} unchanged · 0 invalid`)).toBeTruthy();
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      `${memberName(withMonitor)}Will changeHealth monitor${String(monitor?.name)} → —`,
    ]);

    requests.length = 0;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    const results = await within(dialog).findByRole('table', { name: 'Bulk edit results' });
    expect(within(results).getAllByText('Unchanged')).toHaveLength(of.length - 1);
    const writes = requests.filter((r) => r.method !== 'GET');
    expect(writes).toHaveLength(1);
    expect(JSON.parse(await (writes[0] as (typeof requests)[number]).body)).toEqual([
      { health_check_monitor: null, id: withMonitor.id },
    ]);
    expect(fake.db.get('load-balancer-pool-members', withMonitor.id)?.health_check_monitor).toBeNull();
  });

  it('reports, after a cancel, exactly which objects were changed and which were not', async () => {
    const all = members();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.patch(
        /\/load-balancer-pool-members\/$/,
        async () => {
          await held;
          return undefined;
        },
        { once: true },
      ),
    );
    setUrl('/load-balancers/load-balancer-pool-members/?per_page=25');
    renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
    await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select this page' }));
    await userEvent.click(screen.getByRole('button', { name: `Select all ${all.length}` }));
    await screen.findByText(`${all.length} selected`);
    await userEvent.click(screen.getByRole('button', { name: 'Bulk edit' }));
    const dialog = screen.getByRole('dialog');
    await chooseOp(dialog, 'Label', 'Set');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Label/ }), 'drained');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByRole('table', { name: 'Planned changes' }, { timeout: 5000 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await within(dialog).findByText(/Applying… 0 of 300/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    release();

    const results = await within(dialog).findByRole('table', { name: 'Bulk edit results' });
    expect(within(dialog).getByRole('status').textContent).toBe(
      'Bulk edit: 100 applied · 0 failed · 200 not attempted (cancelled)',
    );
    const byOutcome = new Map<string, string[]>();
    for (const [name, outcome] of outcomes(results))
      byOutcome.set(String(outcome), [...(byOutcome.get(String(outcome)) ?? []), String(name)]);
    const labelled = members()
      .filter((m) => m.label === 'drained')
      .map(memberName);
    expect(labelled).toHaveLength(100);
    expect(byOutcome.get('Applied')?.sort()).toEqual(labelled.sort());
    expect(byOutcome.get('Not attempted')).toHaveLength(200);
    // Nothing failed; what the cancel left is offered for what it is.
    expect(within(dialog).queryByRole('button', { name: 'Retry failed' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply the 200 not attempted' }));
    await vi.waitFor(
      () => expect(within(dialog).getByRole('status').textContent).toBe('Bulk edit: 300 applied · 0 failed'),
      { timeout: 5000 },
    );
    expect(members().every((m) => m.label === 'drained')).toBe(true);
  }, 60_000);
});

describe('bulk edit: certificate profiles', () => {
  it('adds one profile to every selected virtual server and removes another, through the assignments', async () => {
    const ASSIGNMENTS = 'virtual-server-certificate-profile-assignments';
    const servers = (fake.db.rows('virtual-servers') as Row[]).filter((v) => v.protocol === 'https');
    const profilesOf = (vs: Row) =>
      (fake.db.rows(ASSIGNMENTS) as Row[])
        .filter((a) => a.virtual_server === vs.id)
        .map((a) => String(fake.db.get('certificate-profiles', a.certificate_profile)?.name))
        .sort();
    const first = servers[0] as Row;
    const [removed] = profilesOf(first);
    const held = new Set(servers.flatMap(profilesOf));
    const added = (fake.db.rows('certificate-profiles') as Row[])
      .map((c) => String(c.name))
      .find((n) => !held.has(n));
    if (!removed || !added) throw new Error('The seed lacks the certificate profiles this needs.');
    const expected = new Map(
      servers.map((v) => [v.id, [...profilesOf(v).filter((n) => n !== removed), added].sort()]),
    );

    setUrl('/load-balancers/virtual-servers/?protocol=https');
    renderWithProviders(<ResourceListScreen resource="virtual-servers" />);
    await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select this page' }));
    expect(screen.getByText(`${servers.length} selected`)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Bulk edit' }));
    const dialog = screen.getByRole('dialog');
    await chooseOp(dialog, 'Certificate profiles', 'Add or remove');
    for (const [box, name] of [
      ['Certificate profiles to add', added],
      ['Certificate profiles to remove', removed],
    ] as const) {
      await userEvent.type(within(dialog).getByRole('combobox', { name: box }), name.slice(0, 6));
      await userEvent.click(
        await screen.findByRole('option', { name: new RegExp(`^${name}`) }, { timeout: 3000 }),
      );
    }
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const preview = await within(dialog).findByRole('table', { name: 'Planned changes' });
    expect(within(dialog).getByText(`${servers.length} will change · 0 unchanged · 0 invalid`)).toBeTruthy();
    expect(
      within(preview).getByText(`${profilesOf(first).join(', ')} → ${expected.get(first.id)?.join(', ')}`),
    ).toBeTruthy();

    requests.length = 0;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    const results = await within(dialog).findByRole('table', { name: 'Bulk edit results' });
    expect(within(results).getAllByText('Applied')).toHaveLength(servers.length);
    for (const v of servers) expect(profilesOf(v)).toEqual(expected.get(v.id));
    // Nothing is PATCHed on the virtual servers: profiles are written only through the assignments.
    expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Undo' }));
    await within(dialog).findByRole('table', { name: 'Undo results' });
    expect(profilesOf(first)).toContain(removed);
    for (const v of servers) expect(profilesOf(v)).not.toContain(added);
  });
});
