'use client';
import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { statusMappingTable } from '@/lib/status/mapping-table';
import { availabilityLabel } from '@/lib/status/describe';
import type { AdminState, Availability } from '@/lib/status/types';
import { statusFill } from './status-colors';
import { StatusIcon } from './status-icon';

const AVAILABILITIES: { availability: Availability; example: string; meaning: string }[] = [
  {
    availability: 'available',
    example: 'Active and monitored',
    meaning: 'Member Active and monitored; a pool or virtual server with a member available',
  },
  {
    availability: 'unavailable',
    example: 'Every member drained',
    meaning: 'For now: every member of the pool is in Maintenance; clears when one returns',
  },
  {
    availability: 'offline',
    example: 'Marked Failed',
    meaning:
      'Member marked Failed; a pool or virtual server with every member offline. In black: forced offline (member Decommissioning)',
  },
  {
    availability: 'unknown',
    example: 'No health monitor',
    meaning: 'No health monitor (F5 “unchecked”, still gets traffic), Planned, no members or no pool',
  },
];

/** Colour by admin state; the shape stays whatever the colour. */
const ADMIN_COLUMNS: { admin: AdminState; heading: string; reason?: string }[] = [
  { admin: 'enabled', heading: 'Enabled' },
  { admin: 'disabled', heading: 'Disabled (black)', reason: 'Disabled by an administrator' },
  { admin: 'disabled-by-parent', heading: 'Disabled by parent (gray)', reason: 'Disabled by its parent' },
];

function LegendIcon() {
  const common = { stroke: 'currentColor', strokeWidth: 0.8 };
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden focusable="false">
      <circle cx="5" cy="5" r="3.5" fill={statusFill.available} {...common} />
      <polygon points="15,1.5 18.7,8.5 11.3,8.5" fill={statusFill.unavailable} {...common} />
      <polygon points="5,11 8.8,15 5,19 1.2,15" fill={statusFill.offline} {...common} />
      <rect x="11.5" y="11.5" width="7" height="7" fill={statusFill.unknown} {...common} />
    </svg>
  );
}

/** "What do the icons mean?", one click from every page (it lives in the app bar). */
export function StatusLegendButton() {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <Tooltip title="Status legend">
        <IconButton aria-label="Status legend" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          <LegendIcon />
        </IconButton>
      </Tooltip>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        maxWidth="md"
        fullWidth
        scroll="paper"
        aria-labelledby={titleId}
      >
        <DialogTitle>Status legend</DialogTitle>
        {/* It scrolls and holds nothing focusable: a tab stop lets the keyboard scroll it. */}
        <DialogContent dividers tabIndex={0} role="region" aria-labelledby={titleId}>
          <StatusLegend />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

export function StatusLegend() {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="body2">
        Icons follow F5 BIG-IP: the <strong>shape</strong> says whether the object can take traffic, the{' '}
        <strong>colour</strong> says the same or, in black or gray, that it was disabled. They show the{' '}
        <strong>intended state kept in Nautobot</strong> (member status, enabled, health monitors), not live
        monitor results. Hover an icon for its reason.
      </Typography>
      <Table size="small" aria-label="Icons">
        <TableHead>
          <TableRow>
            <TableCell>Availability (shape)</TableCell>
            {ADMIN_COLUMNS.map((c) => (
              <TableCell key={c.admin} align="center">
                {c.heading}
              </TableCell>
            ))}
            <TableCell>Meaning</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {AVAILABILITIES.map((a) => (
            <TableRow key={a.availability}>
              <TableCell component="th" scope="row">
                {availabilityLabel(a.availability)}
              </TableCell>
              {ADMIN_COLUMNS.map((c) => (
                <TableCell key={c.admin} align="center">
                  <StatusIcon
                    status={{ availability: a.availability, admin: c.admin, reason: c.reason ?? a.example }}
                    size="large"
                  />
                </TableCell>
              ))}
              <TableCell>{a.meaning}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2">
        <strong>Black</strong>: disabled by an administrator (member in Maintenance or Decommissioning,
        virtual server disabled). <strong>Gray</strong>: disabled by its parent (the member’s IP address is
        Deprecated). A warning sign beside a pool’s “1/4” marks <strong>loss of redundancy</strong>: one
        member carries the pool.
      </Typography>
      <Typography variant="subtitle2" component="h3">
        How each icon is derived
      </Typography>
      <Table size="small" aria-label="How each icon is derived">
        <TableHead>
          <TableRow>
            <TableCell>Icon</TableCell>
            <TableCell>Object</TableCell>
            <TableCell>When</TableCell>
            <TableCell>Reason shown</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {statusMappingTable.map((row) => (
            <TableRow key={row.id}>
              <TableCell>
                <StatusIcon
                  status={{ availability: row.availability, admin: row.admin, reason: row.reason }}
                />
              </TableCell>
              <TableCell>{row.object}</TableCell>
              <TableCell>{row.when}</TableCell>
              <TableCell>{row.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
