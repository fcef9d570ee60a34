'use client';
import NextLink from 'next/link';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { isNautobotError } from '@/lib/api/errors';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { useNautobot } from '@/components/providers/nautobot-context';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { FieldList, orderedFields } from './detail-fields';
import { ErrorState } from './list-states';
import { listHref, nautobotHref } from './paths';

type Props = { resource: ResourceKey; id: string };

/** A generic read-only view of one object: every field, references by name. */
export function ResourceDetailScreen({ resource, id }: Props) {
  const { queries, config } = useNautobot();
  const def = resources[resource];
  const detail = useQuery(queries.detail(resource, id, { depth: 1, excludeM2m: false }));
  const notFound = detail.isError && isNautobotError(detail.error) && detail.error.kind === 'not-found';

  let heading: string | null = detail.data?.display ?? null;
  if (notFound) heading = `${def.singular} not found`;
  else if (detail.isError) heading = `Couldn’t load this ${def.singular.toLowerCase()}`;

  return (
    <Box sx={{ maxWidth: 960 }} aria-busy={detail.isPending}>
      <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
        <Link component={NextLink} href={listHref(resource)}>
          {def.plural}
        </Link>
        <Typography aria-current="page" sx={{ color: 'text.primary' }}>
          {detail.data?.display ?? def.singular}
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
        {!detail.isError && (
          <Button
            variant="outlined"
            href={nautobotHref(config.nautobotUiUrl, resource, id)}
            target="_blank"
            rel="noopener noreferrer"
            endIcon={<OpenInNewIcon />}
          >
            Open in Nautobot
            <Box component="span" sx={visuallyHidden}>
              (opens in a new tab)
            </Box>
          </Button>
        )}
      </Stack>
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
      ) : (
        <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
          {detail.data ? (
            <FieldList entries={orderedFields(detail.data)} />
          ) : (
            Array.from({ length: 8 }, (_, i) => <Skeleton key={i} variant="text" height={28} />)
          )}
        </Paper>
      )}
    </Box>
  );
}
