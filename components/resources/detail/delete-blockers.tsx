'use client';
import NextLink from 'next/link';
import { useQueries } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { resourceKeys, resources, type ResourceKey } from '@/lib/api/resources';
import { useNautobot } from '@/components/providers/nautobot-context';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { detailHref } from '../paths';
import { filteredListHref } from '../paths';
import type { ProtectedObject, ProtectedObjects } from './protected-objects';
import { ActivityBar } from '@/components/ui/activity-bar';

/** Ids looked up at most; beyond that the list link shows the rest. */
export const MAX_LOOKUP = 50;
/** Objects listed per model in the dialog. */
export const MAX_SHOWN = 10;

export type Referrer = { resource: ResourceKey; param: string };

/** Our models with a filter that references `key`: the only ones of ours that can block deleting it. */
export function referrersOf(key: ResourceKey): Referrer[] {
  return resourceKeys.flatMap((resource) => {
    const filter = resources[resource].filters.find(
      (f) => f.kind === 'reference' && 'endpoint' in f && f.endpoint === key,
    );
    return filter ? [{ resource, param: filter.param }] : [];
  });
}

function ObjectList({ objects, resource }: { objects: ProtectedObject[]; resource?: ResourceKey }) {
  const more = objects.length - MAX_SHOWN;
  return (
    <Box component="ul" sx={{ mt: 0.5, mb: 1, pl: 3 }}>
      {objects.slice(0, MAX_SHOWN).map((o) => (
        <li key={o.id}>
          {resource ? (
            <Link component={NextLink} href={detailHref(resource, o.id)}>
              {o.label}
            </Link>
          ) : (
            o.label
          )}
        </li>
      ))}
      {more > 0 && <li>and {more} more</li>}
    </Box>
  );
}

type Props = { resource: ResourceKey; id: string; blockers: ProtectedObjects };

/**
 * Why Nautobot refused the delete: the objects that still reference this one, each a link to its page here.
 * The 409 names them only by text and id, so the ids are looked up on each of our models that can point at
 * this one (one request per such model); anything not found there (another app's object) stays text.
 */
export function DeleteBlockers({ resource, id, blockers }: Props) {
  const { queries } = useNautobot();
  const singular = resources[resource].singular.toLowerCase();
  const ids = blockers.objects.slice(0, MAX_LOOKUP).map((o) => o.id);
  const referrers = referrersOf(resource);
  const lookups = useQueries({
    queries: referrers.map((r) => ({
      ...queries.list(r.resource, { filters: { id: ids }, limit: ids.length, depth: 0 }),
      enabled: ids.length > 0,
    })),
  });
  const looking = ids.length > 0 && lookups.some((q) => q.isPending);

  const groups = referrers.flatMap((r, i) => {
    const found = new Set(lookups[i]?.data?.results.map((row) => row.id));
    const objects = blockers.objects.filter((o) => found.has(o.id));
    return objects.length ? [{ ...r, objects }] : [];
  });
  const resolved = new Set(groups.flatMap((g) => g.objects.map((o) => o.id)));
  const unresolved = blockers.objects.filter((o) => !resolved.has(o.id));
  const unlisted = blockers.count - blockers.objects.length;

  return (
    <Box>
      <Alert severity="warning" sx={{ mb: 1.5 }}>
        Nautobot can’t delete this {singular}: {blockers.count} {blockers.count === 1 ? 'object' : 'objects'}{' '}
        still {blockers.count === 1 ? 'uses' : 'use'} it. Delete them or point them elsewhere first.
      </Alert>
      {looking && <ActivityBar aria-label="Looking up the objects that use it" mb={1} />}
      {groups.map((g) => (
        <Box key={g.resource} component="section" aria-label={resources[g.resource].plural} sx={{ mb: 1.5 }}>
          <Typography variant="subtitle2" component="h3">
            {resources[g.resource].plural} · {g.objects.length}
          </Typography>
          <ObjectList objects={g.objects} resource={g.resource} />
          <Link component={NextLink} href={filteredListHref(g.resource, { [g.param]: id })} variant="body2">
            View all in list
            <Box component="span" sx={visuallyHidden}>
              : {resources[g.resource].plural}
            </Box>
          </Link>
        </Box>
      ))}
      {!looking && unresolved.length > 0 && (
        <Box component="section" aria-label={groups.length ? 'Other objects' : 'Objects'} sx={{ mt: 1 }}>
          {groups.length > 0 && (
            <Typography variant="subtitle2" component="h3">
              Other objects · {unresolved.length}
            </Typography>
          )}
          <ObjectList objects={unresolved} />
        </Box>
      )}
      {unlisted > 0 && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          and {unlisted} more that Nautobot did not name.
        </Typography>
      )}
    </Box>
  );
}
