'use client';
import NextLink from 'next/link';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isNautobotError } from '@/lib/api/errors';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { useNautobot } from '@/components/providers/nautobot-context';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { DetailStatus } from '@/components/status/detail-status';
import { ChangeLog } from './detail/change-log';
import { DetailPanels } from './detail/detail-panels';
import { detailConfig } from './detail/detail-registry';
import { HeaderActions } from './detail/header-actions';
import { NotesSection } from './detail/notes-section';
import { RelatedSection } from './detail/related-section';
import { ErrorState } from './list-states';
import { listHref } from './paths';

type Props<K extends ResourceKey> = { resource: K; id: string };

/**
 * One object of any of the five models: its fields in the panels the model's registry entry names, the
 * objects related to it, its notes and its change log, with Edit, Clone and Delete.
 */
export function ResourceDetailScreen<K extends ResourceKey>({ resource, id }: Props<K>) {
  const { queries } = useNautobot();
  const def = resources[resource];
  const config = detailConfig(resource);
  // M2M fields (certificate profiles) come only with exclude_m2m=false; depth 1 names every reference.
  const detail = useQuery(queries.detail(resource, id, { depth: 1, excludeM2m: false }));
  const notFound = detail.isError && isNautobotError(detail.error) && detail.error.kind === 'not-found';
  const row = detail.data;

  let heading: string | null = row?.display ?? null;
  if (notFound) heading = `${def.singular} not found`;
  else if (detail.isError) heading = `Couldn’t load this ${def.singular.toLowerCase()}`;

  return (
    <Box sx={{ maxWidth: 1200 }} aria-busy={detail.isPending}>
      <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
        <Link component={NextLink} href={listHref(resource)}>
          {def.plural}
        </Link>
        <Typography aria-current="page" sx={{ color: 'text.primary' }}>
          {row?.display ?? def.singular}
        </Typography>
      </Breadcrumbs>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap', mb: 2 }}
      >
        <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          {heading ?? (
            <>
              <Skeleton width={240} />
              <Box component="span" sx={visuallyHidden}>
                Loading {def.singular.toLowerCase()}…
              </Box>
            </>
          )}
        </Typography>
        {!detail.isError && <HeaderActions resource={resource} id={id} name={row?.display} />}
      </Stack>
      {row && <DetailStatus resource={resource} row={row} />}
      {notFound ? (
        <Alert severity="info">
          Nautobot has no {def.singular.toLowerCase()} with ID {id}. It may have been deleted.{' '}
          <Link component={NextLink} href={listHref(resource)}>
            Back to {def.plural.toLowerCase()}
          </Link>
        </Alert>
      ) : detail.isError ? (
        <ErrorState
          title={`Couldn’t load this ${def.singular.toLowerCase()}`}
          message={detail.error.message}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      ) : row ? (
        <Stack sx={{ gap: 2 }}>
          <DetailPanels resource={resource} row={row} />
          {config.sections.map((section) => (
            <RelatedSection key={section.id} row={row} section={section} />
          ))}
          <NotesSection resource={resource} id={id} />
          <ChangeLog resource={resource} id={id} />
        </Stack>
      ) : (
        <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} variant="text" height={28} />
          ))}
        </Paper>
      )}
    </Box>
  );
}
