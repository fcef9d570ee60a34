'use client';
import Tooltip from '@mui/material/Tooltip';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { isPoolStatus } from '@/lib/status/nautobot-adapters';
import type { PoolObjectStatus } from '@/lib/status/types';
import { NoValue } from '@/components/resources/cells';
import { plain } from '@/components/ui/plain-styles';
import { useRowStatus } from './row-status';

/**
 * "3/4": members available of all members. One left of two or more is F5's loss of redundancy: still
 * green, so the cell adds a warning sign (a shape, not just a colour) and says it in words.
 */
export function PoolCounts({ status }: { status: PoolObjectStatus }) {
  const { available, total, lossOfRedundancy } = status;
  // Plain spans: a page of pools draws this a thousand times. Only a pool down to one member has MUI parts.
  return (
    <span className={plain.counts}>
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
      <span className={plain.srOnly}>
        {available} of {total} members available
      </span>
    </span>
  );
}

/** The Available cell of a pool row. */
export function PoolAvailability({ id }: { id: string }) {
  const status = useRowStatus(id);
  if (status?.state === 'loading') {
    return (
      <>
        <span className={plain.pending} aria-hidden="true" />
        <span className={plain.srOnly}>Loading</span>
      </>
    );
  }
  if (status?.state !== 'ready' || !isPoolStatus(status.status)) return <NoValue />;
  return <PoolCounts status={status.status} />;
}
