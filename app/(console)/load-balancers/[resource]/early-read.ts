import 'server-only';
import { cookies } from 'next/headers';
import {
  defaultShouldDehydrateQuery,
  dehydrate,
  QueryClient,
  type DehydratedState,
} from '@tanstack/react-query';
import type { ResourceKey } from '@/lib/api/resources';
import { createNautobotQueries } from '@/lib/query/nautobot-queries';
import { serverNautobotClient } from '@/lib/server/nautobot-client';
import { getSession } from '@/lib/server/session';
import { visibleColumns, type Columns } from '@/components/resources/column';
import { listFilters } from '@/components/resources/list/list-filters';
import { listPageRequest } from '@/components/resources/list-request';
import { parseListUrl } from '@/components/resources/list-url';
import { uiFor } from '@/components/resources/ui-registry';

/**
 * Starts reading the list page the URL asks for as soon as the request reaches our server, and hands the read
 * still under way to the page (react-query's streaming hydration): Nautobot works on the rows while the
 * browser loads the app, instead of after. The read is the one the screen would make (same request, same
 * query key, default columns). If it fails, the browser's query reads again through the proxy (its usual
 * retry) and reports any error itself.
 *
 * Rendering the rows on the server was tried as well: a 1,000-row page then weighs about 6 MB of HTML and
 * showed its rows no sooner (BENCHMARKS.md), so the browser renders them.
 */
export async function earlyListRead(
  resource: ResourceKey,
  search: URLSearchParams,
): Promise<{ state: DehydratedState | null; openedAt: number }> {
  // Relative expiry windows count from here, on both sides, so the two reads make the same query key.
  const openedAt = Date.now();
  const session = await getSession(await cookies(), false);
  if (!session.token) return { state: null, openedAt };
  const url = parseListUrl(
    search,
    listFilters(resource).map((f) => f.param),
  );
  // The server cannot see the user's column choice (kept in the browser); it reads for the default columns.
  const columns: Columns<never> = uiFor(resource).columns;
  const shown = visibleColumns(columns, { columns: {} });
  const queries = createNautobotQueries(serverNautobotClient(session.token));
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false },
      dehydrate: {
        shouldDehydrateQuery: (q) => defaultShouldDehydrateQuery(q) || q.state.status === 'pending',
      },
    },
  });
  void queryClient.prefetchQuery(
    queries.page(resource, listPageRequest(resource, url, { now: openedAt, columns: shown })),
  );
  return { state: dehydrate(queryClient), openedAt };
}
