import type { AdminState, Availability, ObjectStatus } from './types';

type Axes = Pick<ObjectStatus, 'availability' | 'admin'>;

const AVAILABILITY_LABELS: Record<Availability, string> = {
  available: 'Available',
  unavailable: 'Unavailable',
  offline: 'Offline',
  unknown: 'Unknown',
};

const ADMIN_LABELS: Record<AdminState, string> = {
  enabled: 'Enabled',
  disabled: 'Disabled',
  'disabled-by-parent': 'Disabled by parent',
};

export const availabilityLabel = (a: Availability): string => AVAILABILITY_LABELS[a];

export const adminLabel = (s: AdminState): string => ADMIN_LABELS[s];

/** TMUI's status line: "Offline (Enabled)". */
export const statusTitle = (s: Axes): string =>
  `${availabilityLabel(s.availability)} (${adminLabel(s.admin)})`;

const SHAPES: Record<Availability, string> = {
  available: 'circle',
  unavailable: 'triangle',
  offline: 'diamond',
  unknown: 'square',
};

const ENABLED_COLOURS: Record<Availability, string> = {
  available: 'green',
  unavailable: 'yellow',
  offline: 'red',
  unknown: 'blue',
};

/** F5's icon in words, "red diamond": the shape always follows availability, the colour only when enabled. */
export function iconName(s: Axes): string {
  const colour =
    s.admin === 'enabled' ? ENABLED_COLOURS[s.availability] : s.admin === 'disabled' ? 'black' : 'gray';
  return `${colour} ${SHAPES[s.availability]}`;
}

/** Worst first, as F5 sorts by status: what drops traffic, then what may, then what nobody checks. */
const AVAILABILITY_RANK: Record<Availability, number> = {
  offline: 0,
  unavailable: 1,
  unknown: 2,
  available: 3,
};

/**
 * Within one availability, a problem nobody chose comes first: enabled (it should be serving), then
 * disabled by parent (a side effect of another object, e.g. a Deprecated IP still in a pool), then
 * disabled (an administrator's deliberate drain or forced offline).
 */
const ADMIN_RANK: Record<AdminState, number> = { enabled: 0, 'disabled-by-parent': 1, disabled: 2 };

const ADMIN_STATES = Object.keys(ADMIN_RANK).length;

/** Sort key for "sort by status", ascending = worst first: 0 (red diamond) to 11 (black circle). */
export const statusRank = (s: Axes): number =>
  AVAILABILITY_RANK[s.availability] * ADMIN_STATES + ADMIN_RANK[s.admin];
