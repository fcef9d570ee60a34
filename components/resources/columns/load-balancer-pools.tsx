import { algorithmChoices, choiceLabel } from '@/lib/api/choices';
import { RefValue, TextValue } from '../cells';
import type { ColumnsOf } from '../column';

export const poolColumns: ColumnsOf<'load-balancer-pools'> = [
  { id: 'name', label: 'Name', sortKey: 'name', render: (r) => r.name },
  {
    id: 'load_balancing_algorithm',
    label: 'Algorithm',
    sortKey: 'load_balancing_algorithm',
    render: (r) => (
      <TextValue
        value={r.load_balancing_algorithm && choiceLabel(algorithmChoices.labels, r.load_balancing_algorithm)}
      />
    ),
  },
  {
    id: 'health_check_monitor',
    label: 'Health monitor',
    sortKey: 'health_check_monitor',
    render: (r) => <RefValue value={r.health_check_monitor} resource="health-check-monitors" />,
  },
  { id: 'tenant', label: 'Tenant', sortKey: 'tenant', render: (r) => <RefValue value={r.tenant} /> },
];
