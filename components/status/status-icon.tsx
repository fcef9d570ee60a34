'use client';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { statusTitle } from '@/lib/status/describe';
import type { ObjectStatus } from '@/lib/status/types';
import { fillOf } from './status-colors';
import { StatusShape } from './status-shapes';

const SIZES = { small: 16, large: 24 } as const;

/** The accessible name: F5's title and reason, so a screen reader hears what the tooltip shows. */
export const statusName = (status: ObjectStatus) => `${statusTitle(status)}: ${status.reason}`;

/** F5's status icon: shape for availability, colour for availability or admin state, reason on hover. */
export function StatusIcon({
  status,
  size = 'small',
  showReason = false,
}: {
  status: ObjectStatus;
  size?: keyof typeof SIZES;
  /** Detail headers write the reason next to the icon; tables keep it in the tooltip. */
  showReason?: boolean;
}) {
  const px = SIZES[size];
  const icon = (
    <Box
      component="span"
      role="img"
      aria-label={statusName(status)}
      data-availability={status.availability}
      data-admin={status.admin}
      sx={{ display: 'inline-flex', verticalAlign: 'middle', color: 'text.primary', flexShrink: 0 }}
    >
      <svg width={px} height={px} viewBox="0 0 16 16" aria-hidden focusable="false">
        <StatusShape availability={status.availability} fill={fillOf(status)} />
      </svg>
    </Box>
  );
  const tooltip = (
    <Tooltip
      // The name already carries title and reason; the tooltip is for sighted mouse users.
      describeChild
      title={
        <>
          <strong>{statusTitle(status)}</strong>
          <br />
          {status.reason}
        </>
      }
    >
      {icon}
    </Tooltip>
  );
  if (!showReason) return tooltip;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      {tooltip}
      <Typography component="span" variant="body2" color="text.secondary">
        {statusTitle(status)}: {status.reason}
      </Typography>
    </Box>
  );
}
