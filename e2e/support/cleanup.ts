import type { ResourceKey } from '../../lib/api/resources';
import { nautobot } from './nautobot';
import { RUN } from './run';

/**
 * Removes whatever this run created and a failed spec left behind, so later specs (and later runs on the same
 * real Nautobot) see the seed's counts. Referrers go before what they reference, as PROTECT requires.
 */
const sweep: { key: ResourceKey; field: 'name' | 'label' }[] = [
  { key: 'virtual-servers', field: 'name' },
  { key: 'load-balancer-pool-members', field: 'label' },
  { key: 'load-balancer-pools', field: 'name' },
  { key: 'health-check-monitors', field: 'name' },
  { key: 'certificate-profiles', field: 'name' },
];

export async function removeRunObjects() {
  const failures: unknown[] = [];
  for (const { key, field } of sweep) {
    try {
      const page = await nautobot.list(key, { filters: { [`${field}__isw`]: RUN }, limit: 100, depth: 0 });
      for (const row of page.results) await nautobot.remove(key, row.id);
    } catch (e) {
      // Keep sweeping the other models; report once everything possible is gone.
      failures.push(e);
    }
  }
  if (failures.length) throw new AggregateError(failures, `could not remove all of ${RUN}'s objects`);
}

/** The id of the object whose detail page the browser is on. */
export function idFromDetailUrl(url: string): string {
  const id = /\/load-balancers\/[a-z-]+\/([0-9a-f-]{36})\/$/.exec(new URL(url).pathname)?.[1];
  if (!id) throw new Error(`not a detail page: ${url}`);
  return id;
}
