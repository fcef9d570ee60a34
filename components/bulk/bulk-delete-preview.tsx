'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { PagedObjects } from './paged-objects';

/** From this many objects on, the count must be typed: a click is too easy a way to lose a whole estate. */
export const TYPE_TO_CONFIRM_FROM = 10;

/** "3 load balancer pools", "1 pool member". */
export function countOf(resource: ResourceKey, n: number): string {
  const def = resources[resource];
  return `${n.toLocaleString()} ${(n === 1 ? def.singular : def.plural).toLowerCase()}`;
}

/** Whether what was typed confirms deleting `count` objects (digits only; "1,200" and "1200" both do). */
export function confirms(typed: string, count: number): boolean {
  return count < TYPE_TO_CONFIRM_FROM || Number(typed.replace(/[\s,.']/g, '')) === count;
}

type Props = {
  resource: ResourceKey;
  ids: readonly string[];
  typed: string;
  onTyped: (typed: string) => void;
};

/** What will be deleted, by name, a page at a time, and the confirmation the count calls for. */
export function BulkDeletePreview({ resource, ids, typed, onTyped }: Props) {
  const items = ids.map((id) => ({ id }));
  const what = countOf(resource, ids.length);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Alert severity="warning">
        The {what} {ids.length === 1 ? 'is' : 'are'} deleted in Nautobot, for everyone.{' '}
        <strong>This cannot be undone.</strong>
      </Alert>
      <Typography variant="body2">
        Nautobot keeps any object that others still use (a pool a virtual server points at, a monitor a pool
        checks with); those are listed afterwards with what uses them, and the rest are deleted.
      </Typography>
      <PagedObjects resource={resource} items={items} label="Objects to delete">
        {(_, name) => name}
      </PagedObjects>
      {ids.length >= TYPE_TO_CONFIRM_FROM && (
        <TextField
          label={`Type ${ids.length} to confirm`}
          value={typed}
          onChange={(e) => onTyped(e.target.value)}
          autoComplete="off"
          helperText={`The number of objects to delete: ${ids.length.toLocaleString()}.`}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          size="small"
        />
      )}
    </Box>
  );
}
