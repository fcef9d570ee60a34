import { choiceLabel, loadBalancerTypeChoices, protocolChoices } from '@/lib/api/choices';
import { RefValue, TextValue, YesNo } from '../cells';
import type { ColumnsOf } from '../column';

/** Nautobot's default virtual-server columns (load_balancers/tables.py). */
export const virtualServerColumns: ColumnsOf<'virtual-servers'> = [
  { id: 'name', label: 'Name', sortKey: 'name', render: (r) => r.name },
  { id: 'vip', label: 'VIP', sortKey: 'vip', render: (r) => <RefValue value={r.vip} /> },
  { id: 'enabled', label: 'Enabled', sortKey: 'enabled', render: (r) => <YesNo value={r.enabled} /> },
  {
    id: 'load_balancer_type',
    label: 'Type',
    sortKey: 'load_balancer_type',
    render: (r) => (
      <TextValue
        value={r.load_balancer_type && choiceLabel(loadBalancerTypeChoices.labels, r.load_balancer_type)}
      />
    ),
  },
  {
    id: 'load_balancer_pool',
    label: 'Pool',
    sortKey: 'load_balancer_pool',
    render: (r) => <RefValue value={r.load_balancer_pool} resource="load-balancer-pools" />,
  },
  { id: 'port', label: 'Port', sortKey: 'port', align: 'right', render: (r) => <TextValue value={r.port} /> },
  {
    id: 'protocol',
    label: 'Protocol',
    sortKey: 'protocol',
    render: (r) => <TextValue value={r.protocol && choiceLabel(protocolChoices.labels, r.protocol)} />,
  },
];
