import { RefValue, TextValue, YesNo } from '../cells';
import type { ColumnsOf } from '../column';
import { StatusChip } from '../status-chip';

export const poolMemberColumns: ColumnsOf<'load-balancer-pool-members'> = [
  // Nautobot's display for a member is "<ip host>:<port>".
  { id: 'display', label: 'Member', sortKey: 'ip_address', render: (r) => r.display },
  { id: 'status', label: 'Status', sortKey: 'status', render: (r) => <StatusChip status={r.status} /> },
  { id: 'port', label: 'Port', sortKey: 'port', align: 'right', render: (r) => <TextValue value={r.port} /> },
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
];
