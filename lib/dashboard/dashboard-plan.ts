import { resourceKeys } from '../api/resources';
import type { NautobotQueries } from '../query/nautobot-queries';
import { breakdowns } from './breakdowns';
import { expiryBuckets } from './expiry-buckets';

/** Nautobot Status names of members taken out of service by a failure or by an administrator. */
export const PROBLEM_MEMBER_STATUSES = ['Failed', 'Maintenance'] as const;
export const PROBLEM_MEMBERS_SHOWN = 10;
export const CERTIFICATES_PER_BUCKET = 10;
/** Rows of users read for the certificates shown; more than this and a profile links to its full list. */
export const CERTIFICATE_USERS_READ = 250;

/**
 * Every query the dashboard runs, built from the one query factory, so the page, the request-count test and
 * `scripts/bench-dashboard.ts` ask Nautobot the same things. Each is a count, a capped page or the one GraphQL
 * estate read: the number of requests depends on Nautobot's choices, never on how many objects it holds.
 */
export function dashboardPlan(queries: NautobotQueries) {
  return {
    totals: resourceKeys.map((resource) => ({ resource, options: queries.count(resource) })),
    breakdowns: breakdowns.map((breakdown) => ({
      breakdown,
      counts: breakdown.specs.map((spec) => ({
        spec,
        options: queries.count(spec.resource, { filters: spec.filters }),
      })),
    })),
    certificates: expiryBuckets.map((bucket) => ({
      bucket,
      options: queries.certificatesExpiring(bucket.range, {
        limit: CERTIFICATES_PER_BUCKET,
        sort: 'expiration_date',
      }),
    })),
    problemMembers: queries.list('load-balancer-pool-members', {
      filters: { status: PROBLEM_MEMBER_STATUSES },
      limit: PROBLEM_MEMBERS_SHOWN,
      // What changed last is what the people watching most likely want to know about.
      sort: '-last_updated',
      depth: 1,
    }),
    // Also the objects per tenant (lib/dashboard/tenant-counts.ts): counted from it, at no extra request.
    estate: queries.estate(),
  };
}

export type DashboardPlan = ReturnType<typeof dashboardPlan>;

/** The queries that need nothing from another one: the ones a refresh and the freshness line follow. */
export function independentQueries(plan: DashboardPlan) {
  return [
    ...plan.totals.map((t) => t.options),
    ...plan.breakdowns.flatMap((b) => b.counts.map((c) => c.options)),
    ...plan.certificates.map((c) => c.options),
    plan.problemMembers,
    plan.estate,
  ];
}

/**
 * The virtual servers and members using the certificates shown: one request each, the shown profiles' ids ORed
 * (at most 4 × 10 = 40 ids, a URL of about 2 kB), with the M2M field so each row says which profiles it uses.
 */
export function certificateUsersPlan(queries: NautobotQueries, profileIds: readonly string[]) {
  const ids = [...new Set(profileIds)].sort();
  const params = {
    filters: { certificate_profiles: ids },
    excludeM2m: false,
    limit: CERTIFICATE_USERS_READ,
    depth: 0,
  } as const;
  return {
    virtualServers: queries.list('virtual-servers', { ...params, sort: 'name' }),
    members: queries.list('load-balancer-pool-members', {
      ...params,
      sort: 'load_balancer_pool,ip_address,port',
    }),
  };
}
