import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Picked } from '@/lib/forms/fields';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { ReferencePicker } from './reference-picker';

const { urls } = setupFakeNautobot();
afterEach(() => vi.restoreAllMocks());

function PoolPicker() {
  const [value, setValue] = useState<Picked | null>(null);
  return <ReferencePicker endpoint="load-balancer-pools" label="Pool" value={value} onChange={setValue} />;
}

describe('ReferencePicker', () => {
  it('lists same-named pools as separate options, each told apart, without React key clashes', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PoolPicker />);
    await user.type(screen.getByRole('combobox', { name: 'Pool' }), 'web-pool');
    const listbox = await screen.findByRole('listbox');
    // "web-pool-2" matches the search too; the two named exactly "web-pool" are the pair to tell apart.
    const exact = () =>
      within(listbox)
        .getAllByRole('option')
        .filter((o) => o.firstElementChild?.textContent === 'web-pool');
    // The list shown before the debounced search lands may hold only one of them.
    await waitFor(() => expect(exact()).toHaveLength(2));
    const options = exact();
    // The secondary line (algorithm, tenant, monitor) is what tells them apart.
    expect(options[0]?.textContent).not.toBe(options[1]?.textContent);
    expect(consoleError.mock.calls.flat().join(' ')).not.toMatch(/same key/);
  });

  it('searches the server with a bounded page, never the whole table', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PoolPicker />);
    await user.click(screen.getByRole('combobox', { name: 'Pool' }));
    await screen.findByRole('listbox');
    await within(screen.getByRole('listbox')).findByText(/more: keep typing to narrow/);
    const lists = urls().filter((u) => u.pathname.endsWith('/load-balancer-pools/'));
    expect(lists.length).toBeGreaterThan(0);
    for (const u of lists) expect(Number(u.searchParams.get('limit'))).toBeLessThanOrEqual(25);
  });
});
