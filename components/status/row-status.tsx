'use client';
import { createContext, useContext, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { statusTitle } from '@/lib/status/describe';
import { fillOf } from './status-colors';
import { StatusIcon, statusName } from './status-icon';
import { StatusShape } from './status-shapes';
import { NO_STATUSES, type PageStatuses, type RowStatus } from './use-page-statuses';

const SIZES = { small: 16, large: 24 } as const;

/** The statuses of the rows a table shows, so each cell reads its own without the columns knowing how. */
const RowStatusContext = createContext<PageStatuses>(NO_STATUSES);

export function RowStatusProvider({ value, children }: { value: PageStatuses; children: ReactNode }) {
  return <RowStatusContext.Provider value={value}>{children}</RowStatusContext.Provider>;
}

/** This row's status; null outside a table of a model that has one. */
export function useRowStatus(id: string): RowStatus | null {
  return useContext(RowStatusContext).of(id);
}

/**
 * Where the icon goes while its status is unknown to us: a dashed outline that no F5 icon looks like, so
 * nobody reads "loading" as "unknown" (the blue square).
 */
function Placeholder({ label, size }: { label: string; size: keyof typeof SIZES }) {
  const px = SIZES[size];
  return (
    <Box
      component="span"
      role="img"
      aria-label={label}
      sx={{ display: 'inline-flex', verticalAlign: 'middle', color: 'text.disabled', flexShrink: 0 }}
    >
      <svg width={px} height={px} viewBox="0 0 16 16" aria-hidden focusable="false">
        <circle
          cx="8"
          cy="8"
          r="6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeDasharray="2 2"
        />
      </svg>
    </Box>
  );
}

/** A status as it stands: the icon when known, else a neutral placeholder that says why. */
export function RowStatusView({
  status,
  size = 'small',
  showReason = false,
}: {
  status: RowStatus;
  size?: keyof typeof SIZES;
  showReason?: boolean;
}) {
  if (status.state === 'ready')
    return <StatusIcon status={status.status} size={size} showReason={showReason} />;
  const label = status.state === 'loading' ? 'Loading status' : 'Status unavailable';
  const placeholder =
    status.state === 'loading' ? (
      <Placeholder label={label} size={size} />
    ) : (
      <Tooltip title={status.message} describeChild>
        <span>
          <Placeholder label={label} size={size} />
        </span>
      </Tooltip>
    );
  if (!showReason) return placeholder;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      {placeholder}
      {status.state === 'error' && (
        <Typography component="span" variant="body2" color="text.secondary">
          {label}: {status.message}
        </Typography>
      )}
    </Box>
  );
}

/** What the table's one shared tooltip shows for an icon under the pointer (`StatusTips`). */
export const TIP = { title: 'data-tip-title', text: 'data-tip-text' } as const;

function DashedCircle() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden focusable="false">
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2 2" />
    </svg>
  );
}

/**
 * The row's icon before its name, as F5 lists objects; nothing for models without a status. Plain elements
 * with their reason in data attributes for the table's one tooltip (`StatusTips`): a MUI `Tooltip` and `Box`
 * per row made a 1,000-row page measurably slower to show.
 */
export function RowStatusIcon({ id }: { id: string }) {
  const status = useRowStatus(id);
  if (!status) return null;
  if (status.state === 'ready') {
    const s = status.status;
    return (
      <span
        role="img"
        aria-label={statusName(s)}
        data-row-icon=""
        data-availability={s.availability}
        data-admin={s.admin}
        {...{ [TIP.title]: statusTitle(s), [TIP.text]: s.reason }}
      >
        <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden focusable="false">
          <StatusShape availability={s.availability} fill={fillOf(s)} />
        </svg>
      </span>
    );
  }
  if (status.state === 'loading')
    return (
      <span role="img" aria-label="Loading status" data-row-icon="" data-placeholder="">
        <DashedCircle />
      </span>
    );
  return (
    <span
      role="img"
      aria-label="Status unavailable"
      data-row-icon=""
      data-placeholder=""
      {...{ [TIP.title]: 'Status unavailable', [TIP.text]: status.message }}
    >
      <DashedCircle />
    </span>
  );
}
