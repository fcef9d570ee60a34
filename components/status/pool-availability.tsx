'use client';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Tooltip from '@mui/material/Tooltip';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { isPoolStatus } from '@/lib/status/nautobot-adapters';
import type { PoolObjectStatus } from '@/lib/status/types';
import { NoValue } from '@/components/resources/cells';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { useRowStatus } from './row-status';

/**
 * "3/4": members available of all members. One left of two or more is F5's loss of redundancy: still
 * green, so the cell adds a warning sign (a shape, not just a colour) and says it in words.
 */
export function PoolCounts({ status }: { status: PoolObjectStatus }) {
  const { available, total, lossOfRedundancy } = status;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      {lossOfRedundancy && (
        <Tooltip title="Loss of redundancy: one member carries the whole pool" describeChild>
          <WarningAmberIcon
            fontSize="small"
            titleAccess="Loss of redundancy"
            sx={{ color: 'warning.main', verticalAlign: 'middle' }}
          />
        </Tooltip>
      )}
      <span aria-hidden="true">
        {available}/{total}
      </span>
      <Box component="span" sx={visuallyHidden}>
        {available} of {total} members available
      </Box>
    </Box>
  );
}

/** The Available cell of a pool row. */
export function PoolAvailability({ id }: { id: string }) {
  const status = useRowStatus(id);
  if (status?.state === 'loading') {
    return (
      <>
        <Skeleton variant="text" width={28} sx={{ display: 'inline-block' }} aria-hidden />
        <Box component="span" sx={visuallyHidden}>
          Loading
        </Box>
      </>
    );
  }
  if (status?.state !== 'ready' || !isPoolStatus(status.status)) return <NoValue />;
  return <PoolCounts status={status.status} />;
}
