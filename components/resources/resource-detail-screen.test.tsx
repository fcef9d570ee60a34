import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { seedId } from '@/mocks/seed/ids';
import { nautobotKeys } from '@/lib/query/nautobot-queries';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { router, setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceDetailScreen } from './resource-detail-screen';

// A detail page fires several requests and role queries walk a large MUI tree: the 1 s default is tight.
configure({ asyncUtilTimeout: 5000 });

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server, requests } = setupFakeNautobot();
beforeEach(() => {
  router.push.mockClear();
});

// Seed facts (mocks/seed/dataset.ts): pool 0 is "web-pool" with 10 members and one virtual server, vs 0
// ("vs-web-https"); vs 0 has certificate profile 0 ("www-example-com"); monitor 0 is "http-80".
const POOL = seedId('pool', 0);
const VS = seedId('vs', 0);
const MONITOR = seedId('monitor', 0);

/** Next's Link renders `trailingSlash` URLs without the slash outside a Next build; compare both ways alike. */
const hrefOf = (el: HTMLElement | undefined) => el?.getAttribute('href')?.replace(/\/(?=\?|$)/, '');
const path = (href: string) => href.replace(/\/(?=\?|$)/, '');

const section = (name: RegExp) => screen.findByRole('region', { name });
const admin = () => {
  const user = fake.db.users[0];
  if (!user) throw new Error('no admin');
  return { user, requestId: 'test' };
};

describe('ResourceDetailScreen', () => {
  it('lists a pool’s members and virtual servers with counts, links and an Add member button', async () => {
    setUrl(`/load-balancers/load-balancer-pools/${POOL}/`);
    renderWithProviders(<ResourceDetailScreen resource="load-balancer-pools" id={POOL} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'web-pool' })).toBeTruthy();

    const members = await section(/^Pool members · 10$/);
    const rows = await within(members).findAllByRole('row');
    expect(rows).toHaveLength(11);
    const memberIds = fake.db
      .rows('load-balancer-pool-members')
      .filter((m) => m.load_balancer_pool === POOL)
      .map((m) => m.id);
    const links = within(members).getAllByRole('link', { name: /^\d+\.\d+\.\d+\.\d+:\d+$/ });
    expect(links).toHaveLength(10);
    for (const link of links) {
      const id = /pool-members\/([0-9a-f-]{36})\/?$/.exec(link.getAttribute('href') ?? '')?.[1];
      expect(memberIds).toContain(id);
    }
    expect(hrefOf(within(members).getByRole('link', { name: /View all in list/ }))).toBe(
      path(`/load-balancers/load-balancer-pool-members/?load_balancer_pool=${POOL}`),
    );
    expect(hrefOf(within(members).getByRole('link', { name: 'Add member' }))).toBe(
      path(`/load-balancers/load-balancer-pool-members/add/?load_balancer_pool=${POOL}`),
    );
    // The pool is this page: its own column would say the same thing ten times.
    expect(within(members).queryByRole('columnheader', { name: 'Pool' })).toBeNull();
    const memberList = requests.find(
      (r) =>
        r.url.pathname.endsWith('/load-balancer-pool-members/') &&
        r.url.searchParams.has('load_balancer_pool') &&
        // Not the status icons' read of every member, in id order.
        r.url.searchParams.get('sort') !== 'id',
    );
    expect(memberList?.url.searchParams.get('limit')).toBe('10');
    expect(memberList?.url.searchParams.get('sort')).toBe('ip_address,port,id');

    const servers = await section(/^Virtual servers · 1$/);
    expect(hrefOf(await within(servers).findByRole('link', { name: 'vs-web-https' }))).toBe(
      path(`/load-balancers/virtual-servers/${VS}/`),
    );
    expect(hrefOf(within(servers).getByRole('link', { name: /View all in list/ }))).toBe(
      path(`/load-balancers/virtual-servers/?load_balancer_pool=${POOL}`),
    );
  });

  it('shows a virtual server in Nautobot’s panels, with its certificate profiles and its pool’s members', async () => {
    renderWithProviders(<ResourceDetailScreen resource="virtual-servers" id={VS} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'vs-web-https' })).toBeTruthy();

    const main = await section(/^Virtual server$/);
    expect(within(main).getByText('VIP')).toBeTruthy();
    expect(await within(main).findByText(/namespace Global/)).toBeTruthy();
    const config = await section(/^Configuration$/);
    expect(hrefOf(within(config).getByRole('link', { name: 'web-pool' }))).toBe(
      path(`/load-balancers/load-balancer-pools/${POOL}/`),
    );
    expect(within(config).getByText('HTTPS')).toBeTruthy();
    expect(await section(/^Assignment$/)).toBeTruthy();
    const other = await section(/^Other$/);
    for (const label of ['Tags', 'Custom fields', 'ID', 'Created', 'Last updated'])
      expect(within(other).getByText(label)).toBeTruthy();
    expect(within(other).getByText(VS)).toBeTruthy();

    const certs = await section(/^Certificate profiles · 1$/);
    expect(hrefOf(within(certs).getByRole('link', { name: 'www-example-com' }))).toBe(
      path(`/load-balancers/certificate-profiles/${seedId('cert', 0)}/`),
    );
    expect(hrefOf(within(certs).getByRole('link', { name: /View all in list/ }))).toBe(
      path(`/load-balancers/certificate-profiles/?virtual_servers=${VS}`),
    );
    expect(await section(/^Members of its pool · 10$/)).toBeTruthy();
    const detail = requests.find((r) => r.url.pathname.endsWith(`/virtual-servers/${VS}/`));
    expect(detail?.url.searchParams.get('exclude_m2m')).toBe('false');
    expect(detail?.url.searchParams.get('depth')).toBe('1');
  });

  it('shows where a health check monitor is used', async () => {
    const using = (table: string) => fake.db.rows(table).filter((r) => r.health_check_monitor === MONITOR);
    expect(using('load-balancer-pool-members')).toHaveLength(0);
    renderWithProviders(<ResourceDetailScreen resource="health-check-monitors" id={MONITOR} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'http-80' })).toBeTruthy();

    const servers = await section(
      new RegExp(`^Virtual servers using it · ${using('virtual-servers').length}$`),
    );
    for (const vs of using('virtual-servers'))
      expect(await within(servers).findByRole('link', { name: String(vs.name) })).toBeTruthy();
    expect(hrefOf(within(servers).getByRole('link', { name: /View all in list/ }))).toBe(
      path(`/load-balancers/virtual-servers/?health_check_monitor=${MONITOR}`),
    );
    const pools = await section(new RegExp(`^Pools using it · ${using('load-balancer-pools').length}$`));
    expect(await within(pools).findAllByRole('link', { name: /pool/ })).toHaveLength(
      using('load-balancer-pools').length,
    );
    const members = await section(/^Pool members using it · 0$/);
    expect(within(members).getByText('No pool member uses this monitor.')).toBeTruthy();
  });

  it('adds a note and shows it in the list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ResourceDetailScreen resource="load-balancer-pools" id={POOL} />);
    const notes = await section(/^Notes/);
    expect(await within(notes).findByText('No notes yet.')).toBeTruthy();
    await user.type(within(notes).getByRole('textbox', { name: 'New note' }), 'Drained for the upgrade');
    await user.click(within(notes).getByRole('button', { name: 'Add note' }));
    expect(await within(notes).findByText('Drained for the upgrade')).toBeTruthy();
    expect(await within(notes).findByRole('heading', { name: 'Notes · 1' })).toBeTruthy();
    expect(within(notes).getByRole<HTMLTextAreaElement>('textbox', { name: 'New note' }).value).toBe('');
    expect(fake.db.notes.map((n) => n.note)).toEqual(['Drained for the upgrade']);
  });

  it('refuses an empty note at the field, without asking Nautobot', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ResourceDetailScreen resource="load-balancer-pools" id={POOL} />);
    const notes = await section(/^Notes/);
    await user.type(within(notes).getByRole('textbox', { name: 'New note' }), '   ');
    await user.click(within(notes).getByRole('button', { name: 'Add note' }));
    const field = within(notes).getByRole('textbox', { name: 'New note' });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(within(notes).getByText('Write the note before adding it.')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('shows Nautobot’s refusal of a note at the field and keeps the text', async () => {
    server.use(
      http.post(/\/notes\/$/, () =>
        HttpResponse.json({ detail: 'You do not have permission to perform this action.' }, { status: 403 }),
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<ResourceDetailScreen resource="load-balancer-pools" id={POOL} />);
    const notes = await section(/^Notes/);
    const field = within(notes).getByRole<HTMLTextAreaElement>('textbox', { name: 'New note' });
    await user.type(field, 'Keep me');
    await user.click(within(notes).getByRole('button', { name: 'Add note' }));
    expect(await within(notes).findByText('You do not have permission to perform this action.')).toBeTruthy();
    expect(field.value).toBe('Keep me');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('deletes an unused object after confirmation and goes to the list', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderWithProviders(<ResourceDetailScreen resource="virtual-servers" id={VS} />);
    await screen.findByRole('heading', { level: 1, name: 'vs-web-https' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete virtual server vs-web-https?' });
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    expect(fake.db.get('virtual-servers', VS)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith('/load-balancers/virtual-servers/'));
    expect(fake.db.get('virtual-servers', VS)).toBeUndefined();
    const cached = queryClient.getQueryCache().findAll({ queryKey: nautobotKeys.all('virtual-servers') });
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.every((q) => q.state.isInvalidated)).toBe(true);
  });

  it('explains which objects block deleting a pool, each a link to its page', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ResourceDetailScreen resource="load-balancer-pools" id={POOL} />);
    await screen.findByRole('heading', { level: 1, name: 'web-pool' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete load balancer pool web-pool?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByText(/11 objects still use it/)).toBeTruthy();
    const servers = await within(dialog).findByRole('region', { name: 'Virtual servers' });
    expect(hrefOf(within(servers).getByRole('link', { name: 'vs-web-https' }))).toBe(
      path(`/load-balancers/virtual-servers/${VS}/`),
    );
    const members = within(dialog).getByRole('region', { name: 'Pool members' });
    const memberLinks = within(members).getAllByRole('link', { name: /^\d+\.\d+\.\d+\.\d+:\d+$/ });
    expect(memberLinks).toHaveLength(10);
    expect(memberLinks[0]?.getAttribute('href')).toMatch(
      /^\/load-balancers\/load-balancer-pool-members\/[0-9a-f-]{36}\/?$/,
    );
    expect(hrefOf(within(members).getByRole('link', { name: /View all in list/ }))).toBe(
      path(`/load-balancers/load-balancer-pool-members/?load_balancer_pool=${POOL}`),
    );
    expect(router.push).not.toHaveBeenCalled();
    expect(fake.db.get('load-balancer-pools', POOL)).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('lists the change log newest first with what each update changed, and refreshes with the object', async () => {
    const { queryClient } = renderWithProviders(<ResourceDetailScreen resource="virtual-servers" id={VS} />);
    const log = await section(/^Change log · 1$/);
    expect(await within(log).findByText('Created', { selector: 'p' })).toBeTruthy();
    expect(within(log).getByText('admin')).toBeTruthy();

    fake.db.updateMany('virtual-servers', [{ id: VS, port: 8443 }], admin());
    await queryClient.invalidateQueries({ queryKey: nautobotKeys.detail('virtual-servers', VS) });

    const updated = await section(/^Change log · 2$/);
    const rows = within(updated).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByText('Updated')).toBeTruthy();
    expect(rows[0]?.textContent).toMatch(/Port:\s*443\s*→\s*changed to\s*8443/);
    expect(within(rows[1] as HTMLElement).getByText('Created', { selector: 'p' })).toBeTruthy();
  });

  it('still says when the object does not exist', async () => {
    const missing = seedId('vs', 'missing');
    renderWithProviders(<ResourceDetailScreen resource="virtual-servers" id={missing} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Virtual server not found' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });
});
