'use client';
import { useQuery } from '@tanstack/react-query';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { resolveActions, usesStatuses, type ResolvedAction } from '@/lib/quick-actions/actions';
import { useNautobot } from '@/components/providers/nautobot-context';

/** Every status a model may take is a short list; far fewer than a page. */
const STATUS_LIMIT = 200;

/**
 * The statuses Nautobot allows on this model (by content type, as the form's status picker asks), read only
 * while `enabled` (a menu is open, a bar is shown), so a list of a thousand rows costs no request until used.
 */
export function useAllowedStatuses(resource: ResourceKey, enabled: boolean) {
  const { client, queries } = useNautobot();
  return useQuery({
    ...queries.list('statuses', {
      filters: { content_types: client.objectType(resource) },
      limit: STATUS_LIMIT,
      depth: 0,
    }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The model's quick actions, each with its change or the reason it is unavailable (for `row`, if given). */
export function useQuickActions(
  resource: ResourceKey,
  enabled: boolean,
  row?: Record<string, unknown>,
): { actions: ResolvedAction[]; error: string | null } {
  const needed = usesStatuses(resource);
  const statuses = useAllowedStatuses(resource, enabled && needed);
  const plural = resources[resource].plural;
  const list = needed ? statuses.data?.results : [];
  const actions = resolveActions(resource, plural, list, row);
  if (statuses.isError) {
    const reason = `Couldn’t read statuses: ${statuses.error.message}`;
    return { actions: actions.map((a) => (a.change ? a : { ...a, reason })), error: reason };
  }
  return { actions, error: null };
}
