'use client';
import { useMemo } from 'react';
import Box from '@mui/material/Box';
import type { Ref } from '@/lib/api/schemas/common';
import { RowStatusView } from '@/components/status/row-status';
import { usePageStatuses } from '@/components/status/use-page-statuses';
import { NoValue, RefValue } from '../cells';

/** A member's or virtual server's pool, linked, with the pool's rolled-up icon before its name. */
export function PoolWithStatus({ value }: { value: Ref | null }) {
  const rows = useMemo(() => (value ? [value] : []), [value]);
  const status = usePageStatuses('load-balancer-pools', rows).of(value?.id ?? '');
  if (!value) return <NoValue />;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      {status && <RowStatusView status={status} />}
      <RefValue value={value} resource="load-balancer-pools" />
    </Box>
  );
}
