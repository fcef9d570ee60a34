import type { ResourceKey } from '../api/resources';
import type { BulkChange } from '../bulk/plan';

type ActionBase = {
  id: string;
  resource: ResourceKey;
  /** Menu and button text. */
  label: string;
  /** After the object's name: "web-01:80 drained (Maintenance)". */
  done: string;
  /** What the object is once done: "already in Maintenance". */
  state: string;
  /** Takes traffic away: asked before it is applied to many objects at once. */
  disruptive: boolean;
  /** What it means on the load balancer, for the confirmation. */
  consequence: string;
};

/** A change engineers make daily, in one click: a member's status by name, a virtual server's `enabled`. */
export type QuickAction = ActionBase &
  ({ field: 'status'; status: string } | { field: 'enabled'; enabled: boolean });

const MEMBER = 'load-balancer-pool-members';
const VS = 'virtual-servers';

const ACTIONS: readonly QuickAction[] = [
  {
    id: 'active',
    resource: MEMBER,
    label: 'Set Active',
    done: 'set Active',
    state: 'Active',
    field: 'status',
    status: 'Active',
    disruptive: false,
    consequence: 'The load balancer sends them traffic again.',
  },
  {
    id: 'maintenance',
    resource: MEMBER,
    label: 'Drain (Maintenance)',
    done: 'drained (Maintenance)',
    state: 'in Maintenance',
    field: 'status',
    status: 'Maintenance',
    disruptive: true,
    consequence: 'The load balancer stops sending them new connections; existing ones finish.',
  },
  {
    id: 'failed',
    resource: MEMBER,
    label: 'Mark Failed',
    done: 'marked Failed',
    state: 'Failed',
    field: 'status',
    status: 'Failed',
    disruptive: true,
    consequence: 'The load balancer takes them out of service (forced offline).',
  },
  {
    id: 'enable',
    resource: VS,
    label: 'Enable',
    done: 'enabled',
    state: 'enabled',
    field: 'enabled',
    enabled: true,
    disruptive: false,
    consequence: 'They accept traffic again.',
  },
  {
    id: 'disable',
    resource: VS,
    label: 'Disable',
    done: 'disabled',
    state: 'disabled',
    field: 'enabled',
    enabled: false,
    disruptive: true,
    consequence: 'They stop accepting traffic.',
  },
];

export function quickActionsFor(resource: ResourceKey): readonly QuickAction[] {
  return ACTIONS.filter((a) => a.resource === resource);
}

export const hasQuickActions = (resource: ResourceKey) => quickActionsFor(resource).length > 0;

/** Whether the model's quick actions set a status (then the statuses allowed on it must be read first). */
export const usesStatuses = (resource: ResourceKey) =>
  quickActionsFor(resource).some((a) => a.field === 'status');

/** A status as Nautobot lists it for a content type. */
export type StatusOption = { id: string; name: string };

/**
 * An action as it can be used here: its change for the bulk engine, or why it cannot be used (`current` when
 * the object already is as the action would make it).
 */
export type ResolvedAction = {
  action: QuickAction;
  change: BulkChange | null;
  reason: string | null;
  current: boolean;
};

const refId = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value && typeof value.id === 'string'
    ? value.id.toLowerCase()
    : null;

/**
 * The model's actions against the statuses Nautobot allows on it (matched by name, as a Nautobot admin may
 * have renamed or removed one), and, given an object, which one it already is.
 * `statuses` undefined means "not read yet".
 */
export function resolveActions(
  resource: ResourceKey,
  plural: string,
  statuses: readonly StatusOption[] | undefined,
  row?: Record<string, unknown>,
): ResolvedAction[] {
  return quickActionsFor(resource).map((action): ResolvedAction => {
    if (action.field === 'enabled') {
      const current = row !== undefined && row.enabled === action.enabled;
      return {
        action,
        change: { enabled: { op: 'set', value: action.enabled } },
        reason: current ? `Already ${action.state}` : null,
        current,
      };
    }
    if (!statuses) return { action, change: null, reason: 'Reading statuses…', current: false };
    const wanted = action.status.toLowerCase();
    const status = statuses.find((s) => s.name.toLowerCase() === wanted);
    if (!status) {
      return {
        action,
        change: null,
        reason: `This Nautobot has no “${action.status}” status for ${plural.toLowerCase()}.`,
        current: false,
      };
    }
    const current = row !== undefined && refId(row.status) === status.id.toLowerCase();
    return {
      action,
      change: { status: { op: 'set', value: { id: status.id, label: status.name } } },
      reason: current ? `Already ${status.name}` : null,
      current,
    };
  });
}

/** Disruptive actions on more than one object are confirmed first; one object has Undo. */
export const needsConfirmation = (action: QuickAction, count: number) => action.disruptive && count > 1;

export function confirmationText(action: QuickAction, count: number, plural: string): string {
  return `${action.label} ${count.toLocaleString()} ${plural.toLowerCase()}? ${action.consequence}`;
}
