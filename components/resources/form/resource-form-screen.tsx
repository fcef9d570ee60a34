'use client';
import { useSyncExternalStore } from 'react';
import NextLink from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useQueries, useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { isNautobotError } from '@/lib/api/errors';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { uuidSchema } from '@/lib/api/schemas/common';
import type { FormField } from '@/lib/forms/definition';
import { allFields, formDefs, type FormValues } from '@/lib/forms/registry';
import { useNautobot } from '@/components/providers/nautobot-context';
import { ErrorState } from '../list-states';
import { detailHref, listHref } from '../paths';
import { optionDef, toOption } from '../pickers/reference-options';
import { draftKey } from './form-draft';
import { ResourceForm } from './resource-form';

type Props = { resource: ResourceKey; id?: string };

const noSubscribe = () => () => {};
/** The form reads its draft from sessionStorage while initialising, so it renders in the browser only. */
const useInBrowser = () =>
  useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );

type RefField = Extract<FormField, { kind: 'reference' }>;

/** `?load_balancer_pool=<id>` and the like: references the add form starts with (adding a member from a pool). */
function prefillRefs(fields: readonly FormField[], params: URLSearchParams) {
  return fields
    .filter((f): f is RefField => f.kind === 'reference')
    .flatMap((f) => {
      const id = uuidSchema.safeParse(params.get(f.name));
      return id.success ? [{ field: f, id: id.data.toLowerCase() }] : [];
    });
}

export function ResourceFormScreen({ resource, id }: Props) {
  const def = formDefs[resource];
  const { singular, plural } = resources[resource];
  const what = singular.toLowerCase();
  const { queries } = useNautobot();
  const params = useSearchParams();
  const inBrowser = useInBrowser();
  const cloneId = id ? null : (uuidSchema.safeParse(params.get('clone')).data?.toLowerCase() ?? null);
  const sourceId = id ?? cloneId;

  // Always fresh: the form's idea of the object is what conflict detection compares against.
  const source = useQuery({
    ...queries.detail(resource, sourceId ?? '', { depth: 1, excludeM2m: false }),
    enabled: !!sourceId,
    refetchOnMount: 'always',
  });
  const prefills = prefillRefs(allFields(def), params);
  const prefilled = useQueries({
    queries: prefills.map(({ field, id: refId }) =>
      queries.detail(field.endpoint, refId, { depth: optionDef(field.endpoint).depth }),
    ),
  });

  const title = id ? `Edit ${source.data?.display ?? what}` : `Add ${what}`;
  const header = (
    <>
      <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
        <Link component={NextLink} href={listHref(resource)}>
          {plural}
        </Link>
        {id && source.data && (
          <Link component={NextLink} href={detailHref(resource, id)}>
            {source.data.display}
          </Link>
        )}
        <Typography aria-current="page" sx={{ color: 'text.primary' }}>
          {id ? 'Edit' : 'Add'}
        </Typography>
      </Breadcrumbs>
      <Typography variant="h5" component="h1" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        {title}
      </Typography>
    </>
  );

  if (sourceId && source.isError) {
    const gone = isNautobotError(source.error) && source.error.kind === 'not-found';
    return (
      <Box sx={{ maxWidth: 960 }}>
        {header}
        {gone ? (
          <Alert severity="info">
            Nautobot has no {what} with ID {sourceId}. It may have been deleted.{' '}
            <Link component={NextLink} href={listHref(resource)}>
              Back to {plural.toLowerCase()}
            </Link>
          </Alert>
        ) : (
          <ErrorState
            title={`Couldn’t load this ${what}`}
            message={source.error.message}
            onRetry={() => void source.refetch()}
            retrying={source.isFetching}
          />
        )}
      </Box>
    );
  }

  const sourceReady = !sourceId || (source.data && source.isFetchedAfterMount);
  const prefillReady = prefilled.every((q) => !q.isPending);
  if (!inBrowser || !sourceReady || !prefillReady) {
    return (
      <Box sx={{ maxWidth: 960 }} aria-busy="true">
        {header}
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} variant="rounded" height={48} sx={{ mb: 1.5 }} />
        ))}
      </Box>
    );
  }

  let values: FormValues = source.data ? def.fromRow(source.data) : def.empty();
  prefills.forEach(({ field, id: refId }, i) => {
    const row = prefilled[i]?.data;
    if (row) values = { ...values, [field.name]: { id: refId, label: toOption(field.endpoint, row).label } };
  });
  const base = { values, lastUpdated: id ? (source.data?.last_updated ?? null) : null };
  const target = id ?? (cloneId ? `clone:${cloneId}` : `new:${prefills.map((p) => p.id).join(',')}`);

  return (
    <Box sx={{ maxWidth: 960 }}>
      {header}
      <ResourceForm
        key={target}
        resource={resource}
        id={id}
        base={base}
        draftKey={draftKey(resource, target)}
        cancelHref={id ? detailHref(resource, id) : listHref(resource)}
        notice={
          cloneId && source.data ? (
            <Alert severity="info">
              A copy of {source.data.display}. Change what must differ before creating it.
            </Alert>
          ) : undefined
        }
      />
    </Box>
  );
}
