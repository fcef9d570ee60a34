import { algorithmChoices, choiceLabel } from '@/lib/api/choices';
import { PoolAvailability } from '@/components/status/pool-availability';
import { RefValue, TextValue } from '../cells';
import type { ColumnsOf } from '../column';

/**
 * Nautobot's pool table. Its "member count" column becomes Available ("3/4"): the API has no count field,
 * but the page's statuses read the members of all its pools in a few batched requests anyway.
 */
export const poolColumns: ColumnsOf<'load-balancer-pools'> = [
  { id: 'name', label: 'Name', sortKey: 'name', render: (r) => r.name },
  // Rolled up from the members in the browser, so Nautobot can neither filter nor sort by it.
  { id: 'available', label: 'Available', align: 'right', render: (r) => <PoolAvailability id={r.id} /> },
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
