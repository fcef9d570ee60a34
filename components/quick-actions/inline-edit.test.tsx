import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { helperOf } from '@/components/test-utils/queries';
import { router, setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';

configure({ asyncUtilTimeout: 5000 });

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server, writes } = setupFakeNautobot();
beforeEach(() => {
  window.localStorage.clear();
  router.push.mockClear();
});

type Row = Record<string, unknown> & { id: string };
const VS = 'virtual-servers';
const MEMBERS = 'load-balancer-pool-members';

/** The first virtual server of the list (sorted by name), on screen. */
async function firstServer() {
  const vs = [...(fake.db.rows(VS) as Row[])].sort((a, b) => String(a.name).localeCompare(String(b.name)))[0];
  if (!vs) throw new Error('no virtual server');
  setUrl(`/load-balancers/virtual-servers/?q=${String(vs.name)}`);
  renderWithProviders(<ResourceListScreen resource="virtual-servers" />);
  await screen.findByRole('link', { name: String(vs.name) });
  return { vs, name: String(vs.name) };
}

const rowOf = (button: HTMLElement) => {
  const tr = button.closest('tr');
  if (!tr) throw new Error('not in a row');
  return tr;
};

describe('inline cell editing', () => {
  it('saves a port with Enter, shows it at once and announces it', async () => {
    // Nautobot answers only when the test says so, to see the row before the answer.
    let answer = () => undefined as void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.patch(/\/virtual-servers\/$/, async () => {
        await answered;
        return undefined;
      }),
    );
    const { vs, name } = await firstServer();
    await userEvent.click(screen.getByRole('button', { name: `Edit port of ${name}` }));
    const input = screen.getByRole('spinbutton', { name: `Port of ${name}` });
    expect(document.activeElement).toBe(input);
    await userEvent.clear(input);
    await userEvent.type(input, '8443{Enter}');

    const row = rowOf(screen.getByRole('button', { name: `Quick actions for ${name}` }));
    expect(await within(row).findByText('8443')).toBeTruthy();
    expect(within(row).getByRole('progressbar', { name: `Saving port of ${name}` })).toBeTruthy();
    expect(fake.db.get(VS, vs.id)?.port).toBe(vs.port);
    answer();
    await waitFor(() => expect(fake.db.get(VS, vs.id)?.port).toBe(8443));
    expect(await screen.findByText(`Saved: port of ${name} is now 8443.`)).toBeTruthy();
    expect(router.push).not.toHaveBeenCalled();
    // Focus is back on the cell's button, ready for the next edit.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: `Edit port of ${name}` })),
    );
  });

  it('refuses a port out of range with the form’s message, sending nothing', async () => {
    const { vs, name } = await firstServer();
    await userEvent.click(screen.getByRole('button', { name: `Edit port of ${name}` }));
    const input = screen.getByRole('spinbutton', { name: `Port of ${name}` });
    await userEvent.clear(input);
    await userEvent.type(input, '70000{Enter}');
    expect(helperOf(input)).toBe('Enter a port from 0 to 65535.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(writes()).toHaveLength(0);
    expect(fake.db.get(VS, vs.id)?.port).toBe(vs.port);
  });

  it('puts the old value back and shows Nautobot’s reason when it refuses the change', async () => {
    const member = (fake.db.rows(MEMBERS) as Row[])[0] as Row;
    const name = fake.db.display(MEMBERS, member);
    const reason = 'The fields ip_address, port, load_balancer_pool must make a unique set.';
    server.use(
      http.patch(/\/load-balancer-pool-members\/$/, () =>
        HttpResponse.json([{ non_field_errors: [reason] }], { status: 400 }),
      ),
    );
    setUrl(
      `/load-balancers/load-balancer-pool-members/?load_balancer_pool=${String(member.load_balancer_pool)}`,
    );
    renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
    await userEvent.click(await screen.findByRole('button', { name: `Edit port of ${name}` }));
    const input = screen.getByRole('spinbutton', { name: `Port of ${name}` });
    await userEvent.clear(input);
    await userEvent.type(input, '8081{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`Not saved: ${reason}`);
    const row = rowOf(screen.getByRole('button', { name: `Quick actions for ${name}` }));
    expect(within(row).getByText(String(member.port))).toBeTruthy();
    expect(within(row).queryByText('8081')).toBeNull();
    expect(fake.db.get(MEMBERS, member.id)?.port).toBe(member.port);
    // The cell's button names the reason too.
    expect(helperOf(screen.getByRole('button', { name: `Edit port of ${name}` }))).toBe(
      `Not saved: ${reason}`,
    );
  });

  it('cancels with Escape: the old value stays and nothing is sent', async () => {
    const { vs, name } = await firstServer();
    await userEvent.click(screen.getByRole('button', { name: `Edit port of ${name}` }));
    const input = screen.getByRole('spinbutton', { name: `Port of ${name}` });
    await userEvent.clear(input);
    await userEvent.type(input, '1234');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('spinbutton', { name: `Port of ${name}` })).toBeNull();
    expect(screen.queryByText('1234')).toBeNull();
    expect(writes()).toHaveLength(0);
    expect(fake.db.get(VS, vs.id)?.port).toBe(vs.port);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: `Edit port of ${name}` })),
    );
  });

  it('disables a virtual server with the Enabled switch', async () => {
    const { vs, name } = await firstServer();
    const enabled = vs.enabled === true;
    await userEvent.click(screen.getByRole('button', { name: `Edit enabled of ${name}` }));
    await userEvent.click(screen.getByRole('switch', { name: `Enabled of ${name}` }));
    await waitFor(() => expect(fake.db.get(VS, vs.id)?.enabled).toBe(!enabled));
    expect(
      await screen.findByText(`Saved: enabled of ${name} is now ${enabled ? 'No' : 'Yes'}.`),
    ).toBeTruthy();
  });

  it('sets a member’s status from the statuses allowed on members', async () => {
    const member = (fake.db.rows(MEMBERS) as Row[])[0] as Row;
    const name = fake.db.display(MEMBERS, member);
    setUrl(
      `/load-balancers/load-balancer-pool-members/?load_balancer_pool=${String(member.load_balancer_pool)}`,
    );
    renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
    await userEvent.click(await screen.findByRole('button', { name: `Edit status of ${name}` }));
    const select = screen.getByRole('combobox', { name: `Status of ${name}` });
    await waitFor(() => expect(within(select).getByRole('option', { name: 'Planned' })).toBeTruthy());
    // Statuses for IP addresses only are not offered.
    expect(within(select).queryByRole('option', { name: 'Deprecated' })).toBeNull();
    await userEvent.selectOptions(select, 'Planned');
    const planned = (fake.db.rows('statuses') as Row[]).find((s) => s.name === 'Planned')?.id;
    await waitFor(() => expect(fake.db.get(MEMBERS, member.id)?.status).toBe(planned));
    expect(await screen.findByText(`Saved: status of ${name} is now Planned.`)).toBeTruthy();
  });
});
