import { InlineEditCell } from '@/components/quick-actions/inline-edit-cell';
import { RefValue, TextValue, YesNo } from '../cells';
import type { ColumnsOf } from '../column';
import { CountLink } from '../list/column-cells';
import { listHref } from '../paths';
import { StatusChip } from '../status-chip';

/** Nautobot's pool-member table: its default columns first, the rest on request. */
export const poolMemberColumns: ColumnsOf<'load-balancer-pool-members'> = [
  // Nautobot's display for a member is "<ip host>:<port>".
  { id: 'display', label: 'Member', sortKey: 'ip_address', render: (r) => r.display },
  {
    id: 'status',
    label: 'Status',
    sortKey: 'status',
    render: (r) => (
      <InlineEditCell resource="load-balancer-pool-members" row={r} field="status">
        <StatusChip status={r.status} />
      </InlineEditCell>
    ),
  },
  {
    id: 'port',
    label: 'Port',
    sortKey: 'port',
    align: 'right',
    render: (r) => (
      <InlineEditCell resource="load-balancer-pool-members" row={r} field="port">
        <TextValue value={r.port} />
      </InlineEditCell>
    ),
  },
  {
    id: 'load_balancer_pool',
    label: 'Pool',
    sortKey: 'load_balancer_pool',
    render: (r) => <RefValue value={r.load_balancer_pool} resource="load-balancer-pools" />,
  },
  {
    id: 'ssl_offload',
    label: 'SSL offload',
    sortKey: 'ssl_offload',
    render: (r) => <YesNo value={r.ssl_offload} />,
  },
  {
    id: 'label',
    label: 'Label',
    sortKey: 'label',
    defaultHidden: true,
    render: (r) => (
      <InlineEditCell resource="load-balancer-pool-members" row={r} field="label">
        <TextValue value={r.label} />
      </InlineEditCell>
    ),
  },
  {
    id: 'ip_address',
    label: 'IP address',
    sortKey: 'ip_address',
    defaultHidden: true,
    render: (r) => <RefValue value={r.ip_address} />,
  },
  {
    id: 'health_check_monitor',
    label: 'Health monitor',
    sortKey: 'health_check_monitor',
    defaultHidden: true,
    render: (r) => <RefValue value={r.health_check_monitor} resource="health-check-monitors" />,
  },
  {
    id: 'certificate_profiles',
    label: 'Certificate profiles',
    align: 'right',
    defaultHidden: true,
    needsM2m: true,
    render: (r) => (
      <CountLink
        count={r.certificate_profiles?.length}
        href={`${listHref('certificate-profiles')}?load_balancer_pool_members=${r.id}`}
        what="certificate profiles"
      />
    ),
  },
  {
    id: 'tenant',
    label: 'Tenant',
    sortKey: 'tenant',
    defaultHidden: true,
    render: (r) => <RefValue value={r.tenant} />,
  },
];
