import type { QueryClient, InvalidateQueryFilters } from '@tanstack/react-query';
import type { EndpointKey } from '../api/endpoints';
import { nautobotKeys } from './nautobot-queries';

/**
 * After a write: every list, count, detail and batch of the written endpoints, and the estate the map and
 * dashboard are drawn from (a member's status changes its pool's and virtual server's icons there too), and the
 * objects read by id for rows (a pool's new monitor changes its members' icons).
 * `refetchType: 'none'` marks them stale without re-reading now, for a page about to leave an object it deleted.
 */
export function invalidateAfterWrite(
  queryClient: QueryClient,
  keys: readonly EndpointKey[],
  options: Pick<InvalidateQueryFilters, 'refetchType'> = {},
) {
  return Promise.all([
    ...[...new Set(keys)].map((key) =>
      queryClient.invalidateQueries({ queryKey: nautobotKeys.all(key), ...options }),
    ),
    queryClient.invalidateQueries({ queryKey: nautobotKeys.estate(), ...options }),
    queryClient.invalidateQueries({ queryKey: nautobotKeys.references(), ...options }),
  ]);
}
