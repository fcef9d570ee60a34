import { algorithmChoices, choiceLabel } from '@/lib/api/choices';
import { RefValue, TextValue } from '../cells';
import type { ColumnsOf } from '../column';

/**
 * Nautobot's pool table. Its default "member count" column is left out: the API has no count field, and a
 * count per row would cost one request per pool on every page.
 */
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
    defaultHidden: true,
    render: (r) => <RefValue value={r.health_check_monitor} resource="health-check-monitors" />,
  },
  {
    id: 'tenant',
    label: 'Tenant',
    sortKey: 'tenant',
    defaultHidden: true,
    render: (r) => <RefValue value={r.tenant} />,
  },
];
