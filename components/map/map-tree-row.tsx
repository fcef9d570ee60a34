'use client';
import type { ReactNode } from 'react';
import NextLink from 'next/link';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import FolderOutlinedIcon from '@mui/icons-material/FolderOutlined';
import { StatusIcon } from '@/components/status/status-icon';
import { detailHref } from '@/components/resources/paths';
import { statusTitle } from '@/lib/status/describe';
import { hostPort } from '@/lib/status/estate';
import type { ObjectStatus } from '@/lib/status/types';
import type { MapRow } from './map-model';

export const ROW_HEIGHT = 40;
const INDENT = 3;

/** What a row writes after the object's name, shared by the row and its accessible name. */
function vsDetails(vs: Extract<MapRow, { kind: 'vs' }>['vs']): string {
  const where = vs.vip ? hostPort(vs.vip, vs.port) : 'VIP not visible';
  return `${where}${vs.protocol ? ` · ${vs.protocol.toUpperCase()}` : ''}${vs.pool ? '' : ' · no pool'}`;
}
function poolDetails(pool: Extract<MapRow, { kind: 'pool' }>['pool']): string {
  const shared = pool.virtualServerIds.length;
  return `${pool.status.total ? `${pool.status.available}/${pool.status.total} available` : 'no members'}${pool.monitor ? ` · ${pool.monitor}` : ' · no monitor'}${shared > 1 ? ` · shared by ${shared} virtual servers` : ''}`;
}
function memberDetails(member: Extract<MapRow, { kind: 'member' }>['member']): string {
  const ipNote =
    member.ipStatusName && member.ipStatusName.toLowerCase() !== 'active'
      ? ` · IP ${member.ipStatusName}`
      : '';
  return `${[member.label, member.statusName ?? 'no status'].filter(Boolean).join(' · ')}${ipNote}${member.monitor ? ` · ${member.monitor}` : ''}`;
}
const LOSS_OF_REDUNDANCY = 'Loss of redundancy';
const groupDetails = (count: number) => `${count} ${count === 1 ? 'pool' : 'pools'} no virtual server uses`;

/**
 * The row's accessible name: what it is, then the row's own text in the order it is shown (WCAG 2.5.3, label
 * in name: someone who says what they see names the row), then its status and whether the search found it.
 */
export function rowLabel(row: MapRow): string {
  const found = row.match ? ', matches the search' : '';
  const status = (s: ObjectStatus) => `${s.reason} — ${statusTitle(s)}`;
  switch (row.kind) {
    case 'vs':
      return `Virtual server ${row.vs.name} ${vsDetails(row.vs)} — ${status(row.vs.status)}${found}`;
    case 'pool': {
      const loss = row.pool.status.lossOfRedundancy ? ` · ${LOSS_OF_REDUNDANCY}` : '';
      return `Pool ${row.pool.name} — ${poolDetails(row.pool)}${loss} — ${status(row.pool.status)}${found}`;
    }
    case 'member':
      return `Member ${hostPort(row.member.ip || 'hidden address', row.member.port)} — ${memberDetails(row.member)} — ${status(row.member.status)}${found}`;
    case 'group':
      return `${row.label} — ${groupDetails(row.count)}`;
  }
}

function Name({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      component={NextLink}
      href={href}
      // The tree is the one tab stop; Shift+Enter opens the active row's page from the keyboard.
      tabIndex={-1}
      underline="hover"
      noWrap
      // In the text colour: the link blue falls below 4.5:1 on a search match's or the active row's tint.
      sx={{ fontWeight: 500, minWidth: 0, flexShrink: 1, color: 'text.primary' }}
    >
      {children}
    </Link>
  );
}

function Secondary({ children }: { children: ReactNode }) {
  return (
    <Typography component="span" variant="body2" color="text.secondary" noWrap sx={{ flexShrink: 0 }}>
      {children}
    </Typography>
  );
}

function Reason({ status }: { status: ObjectStatus }) {
  return (
    <Typography
      component="span"
      variant="body2"
      color="text.secondary"
      noWrap
      sx={{ flex: 1, minWidth: 0, display: { xs: 'none', md: 'block' }, textAlign: 'right' }}
    >
      {status.reason}
    </Typography>
  );
}

// The spaces between the parts are not drawn (a flex container drops them) but keep the words apart in the
// row's text, which the accessible name must contain.
function content(row: MapRow): ReactNode {
  switch (row.kind) {
    case 'vs': {
      const { vs } = row;
      return (
        <>
          <StatusIcon status={vs.status} /> <Name href={detailHref('virtual-servers', vs.id)}>{vs.name}</Name>{' '}
          <Secondary>{vsDetails(vs)}</Secondary> <Reason status={vs.status} />
        </>
      );
    }
    case 'pool': {
      const { pool } = row;
      return (
        <>
          <StatusIcon status={pool.status} />{' '}
          <Typography component="span" variant="caption" color="text.secondary" sx={{ flexShrink: 0 }}>
            Pool
          </Typography>{' '}
          <Name href={detailHref('load-balancer-pools', pool.id)}>{pool.name}</Name>{' '}
          <Secondary>{poolDetails(pool)}</Secondary>{' '}
          {pool.status.lossOfRedundancy && (
            <Chip
              size="small"
              color="warning"
              variant="outlined"
              label={LOSS_OF_REDUNDANCY}
              sx={{ flexShrink: 0 }}
            />
          )}{' '}
          <Reason status={pool.status} />
        </>
      );
    }
    case 'member': {
      const { member } = row;
      return (
        <>
          <StatusIcon status={member.status} />{' '}
          <Name href={detailHref('load-balancer-pool-members', member.id)}>
            {hostPort(member.ip || 'hidden address', member.port)}
          </Name>{' '}
          <Secondary>{memberDetails(member)}</Secondary> <Reason status={member.status} />
        </>
      );
    }
    case 'group':
      return (
        <>
          <FolderOutlinedIcon fontSize="small" color="action" />
          <Typography component="span" sx={{ fontWeight: 500 }}>
            {row.label}
          </Typography>{' '}
          <Secondary>{groupDetails(row.count)}</Secondary>
        </>
      );
  }
}

/** One line of the map: chevron, status icon, the object linked to its page, what it is, and the reason. */
export function MapTreeRow({ row }: { row: MapRow }) {
  return (
    <Box
      sx={(theme) => ({
        height: ROW_HEIGHT,
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        pl: 1 + (row.level - 1) * INDENT,
        pr: 2,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: row.match ? alpha(theme.palette.warning.main, 0.16) : 'transparent',
        '&:hover': {
          bgcolor: row.match ? alpha(theme.palette.warning.main, 0.24) : theme.palette.action.hover,
        },
      })}
    >
      <Box
        component="span"
        aria-hidden
        sx={{ width: 24, display: 'inline-flex', flexShrink: 0, color: 'action.active' }}
      >
        {row.expanded === null ? null : row.expanded ? (
          <ExpandMoreIcon fontSize="small" />
        ) : (
          <ChevronRightIcon fontSize="small" />
        )}
      </Box>
      {content(row)}
    </Box>
  );
}
