import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { addGeneratedEstate } from '@/mocks/fake/generated-estate';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { dashboardPlan, independentQueries } from '@/lib/dashboard/dashboard-plan';
import { createNautobotQueries } from '@/lib/query/nautobot-queries';
import { Dashboard } from './dashboard';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, requests } = setupFakeNautobot();

/** Renders the dashboard, waits until every tile has its data, and returns what it asked and unmounts. */
async function load() {
  setUrl('/');
  const { queryClient, unmount } = renderWithProviders(<Dashboard refetchInterval={3_600_000} />);
  await waitFor(
    () => {
      expect(queryClient.isFetching()).toBe(0);
      expect(screen.queryAllByText(/^(Loading .*|Counting)…$|^…$/)).toEqual([]);
    },
    { timeout: 20_000 },
  );
  const virtualServers = screen.getByRole('link', {
    name: /^Virtual servers · [\d,]+$/,
    hidden: true,
  }).textContent;
  const sent = requests.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);
  unmount();
  requests.length = 0;
  return { sent, virtualServers };
}

describe('dashboard cost', { timeout: 60_000 }, () => {
  it('asks Nautobot the same questions for the seed and for forty times as many virtual servers and members', async () => {
    const seed = await load();

    addGeneratedEstate(fake.db, { virtualServers: 1000, membersPerPool: 10 });
    const big = await load();

    // The big estate was read: the availability summary counts its virtual servers.
    expect(seed.virtualServers).toBe('Virtual servers · 25');
    expect(big.virtualServers).toBe('Virtual servers · 1,025');

    const expected =
      independentQueries(dashboardPlan(createNautobotQueries(fakeClient()))).length +
      // Users of the certificates shown (virtual servers, members); objects per tenant come from the estate.
      2;
    expect(seed.sent).toHaveLength(expected);
    expect(big.sent).toHaveLength(expected);
    // Each question asked once, and none of them a full read: one GraphQL estate, the rest counts or short pages.
    expect(new Set(seed.sent).size).toBe(seed.sent.length);
    expect(seed.sent.filter((r) => r.startsWith('POST'))).toEqual(['POST /api/graphql/']);
    const limits = seed.sent.flatMap(
      (r) => new URL(r.split(' ')[1] ?? '', 'http://x').searchParams.get('limit') ?? [],
    );
    expect(limits).toHaveLength(expected - 1);
    expect(Math.max(...limits.map(Number))).toBeLessThanOrEqual(250);
  });
});
