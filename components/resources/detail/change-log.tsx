'use client';
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ResourceKey } from '@/lib/api/resources';
import type { ObjectChange } from '@/lib/api/schemas/related';
import { useNautobot } from '@/components/providers/nautobot-context';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { FieldValue, fieldLabel } from '../detail-fields';
import { formatDate } from '../expiry-date';
import { summarizeChange, type ChangeSummary } from './change-diff';
import { SectionMessage, SectionShell } from './section-shell';

export const CHANGES_PAGE_SIZE = 10;

const ACTION_COLORS: Record<string, 'success' | 'info' | 'error'> = {
  create: 'success',
  update: 'info',
  delete: 'error',
};

function Summary({ summary }: { summary: ChangeSummary }) {
  if (summary.kind === 'create') return <Typography variant="body2">Created</Typography>;
  if (summary.kind === 'delete') return <Typography variant="body2">Deleted</Typography>;
  if (summary.kind === 'update-unknown')
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No earlier snapshot to compare with
      </Typography>
    );
  if (summary.diffs.length === 0)
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        Saved without changing a field
      </Typography>
    );
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {summary.diffs.map((d) => (
        <li key={d.field}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
            {fieldLabel(d.field)}:
          </Typography>{' '}
          <FieldValue name={d.field} value={d.before} />{' '}
          <Box component="span" aria-hidden="true">
            →
          </Box>
          <Box component="span" sx={visuallyHidden}>
            changed to
          </Box>{' '}
          <FieldValue name={d.field} value={d.after} />
        </li>
      ))}
    </Box>
  );
}

function ChangeRow({ change, previous }: { change: ObjectChange; previous: ObjectChange | undefined }) {
  return (
    <TableRow sx={{ verticalAlign: 'top' }}>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <time dateTime={change.time}>{formatDate(change.time, true)}</time>
      </TableCell>
      <TableCell>{change.user_name}</TableCell>
      <TableCell>
        <Chip
          size="small"
          variant="outlined"
          color={ACTION_COLORS[change.action.value] ?? 'default'}
          label={change.action.label}
          sx={(theme) => {
            // The palette's main info blue is 3.9:1 on white; the dark (light, in dark mode) shade reads at AA.
            const color = ACTION_COLORS[change.action.value];
            if (!color) return {};
            const shade =
              theme.palette.mode === 'dark' ? theme.palette[color].light : theme.palette[color].dark;
            return { color: shade, borderColor: shade };
          }}
        />
      </TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        <Summary summary={summarizeChange(change, previous)} />
      </TableCell>
    </TableRow>
  );
}

/**
 * The object's change log, newest first. Each update is compared with the change before it, so a page asks
 * for one row more than it shows: the row after the last one shown is that one's predecessor.
 */
export function ChangeLog({ resource, id }: { resource: ResourceKey; id: string }) {
  const { queries } = useNautobot();
  const headingId = useId();
  const [page, setPage] = useState(0);
  const changes = useQuery(
    queries.changes(resource, id, { limit: CHANGES_PAGE_SIZE + 1, offset: page * CHANGES_PAGE_SIZE }),
  );
  const data = changes.data;
  const shown = data?.results.slice(0, CHANGES_PAGE_SIZE);

  let body;
  if (changes.isError) {
    body = (
      <Alert
        severity="error"
        sx={{ m: 2 }}
        action={
          <Button color="inherit" size="small" onClick={() => void changes.refetch()}>
            Retry
          </Button>
        }
      >
        Couldn’t load the change log: {changes.error.message}
      </Alert>
    );
  } else if (data && data.count === 0) {
    body = <SectionMessage>No changes recorded.</SectionMessage>;
  } else {
    body = (
      <>
        <TableContainer>
          <Table size="small" aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 600 }}>Time</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>User</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>Action</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>Changes</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown && data
                ? shown.map((c, i) => <ChangeRow key={c.id} change={c} previous={data.results[i + 1]} />)
                : Array.from({ length: 3 }, (_, i) => (
                    <TableRow key={i}>
                      {Array.from({ length: 4 }, (__, j) => (
                        <TableCell key={j}>
                          <Skeleton variant="text" />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
            </TableBody>
          </Table>
        </TableContainer>
        {data && data.count > CHANGES_PAGE_SIZE && (
          <TablePagination
            component="div"
            count={data.count}
            page={page}
            rowsPerPage={CHANGES_PAGE_SIZE}
            rowsPerPageOptions={[]}
            onPageChange={(_, n) => setPage(n)}
            sx={{ borderTop: 1, borderColor: 'divider' }}
          />
        )}
      </>
    );
  }

  return (
    <SectionShell headingId={headingId} title="Change log" count={data?.count} busy={changes.isFetching}>
      {body}
    </SectionShell>
  );
}
