/**
 * F5 BIG-IP's two status axes, as this console derives them from Nautobot's intended state.
 * Nautobot stores intent (member status, `enabled`, monitors), not monitor results: see the README's
 * "Status icons" table for how each input maps onto these values.
 */

/** iControl AvailabilityStatus: what the icon's shape (and, when enabled, its colour) says. */
export type Availability = 'available' | 'unavailable' | 'offline' | 'unknown';

/** iControl EnabledStatus: black when an administrator disabled the object, gray when its parent is. */
export type AdminState = 'enabled' | 'disabled' | 'disabled-by-parent';

export type ObjectStatus = {
  availability: Availability;
  admin: AdminState;
  /** One line in F5's style, shown as the icon's tooltip: "Pool member is marked Failed". */
  reason: string;
};

export type PoolObjectStatus = ObjectStatus & {
  /** Members counted as available (enabled and available), for "3/4". */
  available: number;
  /** Every member of the pool. */
  total: number;
  /** Available, but only one member left to carry the traffic of a pool of two or more. */
  lossOfRedundancy: boolean;
};

/** What a pool member's status is derived from; names as Nautobot returns them. */
export type MemberStatusInput = {
  /** The member's Status name (Active, Maintenance, Planned, Failed, Decommissioning, or custom); null if unknown. */
  status: string | null;
  /** Name of the member's own health check monitor, if any. */
  memberMonitor: string | null;
  /** Name of its pool's health check monitor, if any. */
  poolMonitor: string | null;
  /** The member IP address's Status name; undefined when not loaded. */
  ipStatus?: string | null;
  /** The member IP address as shown to the user ("10.0.0.5"), for reasons. */
  ipAddress?: string;
};

export type PoolStatusInput = {
  /** The statuses of every member of the pool (from memberStatus). */
  members: readonly ObjectStatus[];
};

export type VirtualServerStatusInput = {
  enabled: boolean;
  /** The pool's name and status, or null when the virtual server has no pool. */
  pool: { name: string; status: PoolObjectStatus } | null;
};
