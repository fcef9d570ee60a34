import { choiceLabel, healthCheckTypeChoices } from '@/lib/api/choices';
import { RefValue, TextValue } from '../cells';
import type { ColumnsOf } from '../column';

/**
 * Nautobot's monitor table. Its optional counts of virtual servers, pools and members are left out: the API
 * has no count fields, and counting per row would cost three requests per monitor.
 */
export const healthMonitorColumns: ColumnsOf<'health-check-monitors'> = [
  { id: 'name', label: 'Name', sortKey: 'name', render: (r) => r.name },
  {
    id: 'health_check_type',
    label: 'Type',
    sortKey: 'health_check_type',
    render: (r) => (
      <TextValue
        value={r.health_check_type && choiceLabel(healthCheckTypeChoices.labels, r.health_check_type)}
      />
    ),
  },
  { id: 'port', label: 'Port', sortKey: 'port', align: 'right', render: (r) => <TextValue value={r.port} /> },
  {
    id: 'interval',
    label: 'Interval',
    sortKey: 'interval',
    align: 'right',
    render: (r) => <TextValue value={r.interval} />,
  },
  {
    id: 'retry',
    label: 'Retry',
    sortKey: 'retry',
    align: 'right',
    render: (r) => <TextValue value={r.retry} />,
  },
  {
    id: 'timeout',
    label: 'Timeout',
    sortKey: 'timeout',
    align: 'right',
    render: (r) => <TextValue value={r.timeout} />,
  },
  {
    id: 'tenant',
    label: 'Tenant',
    sortKey: 'tenant',
    defaultHidden: true,
    render: (r) => <RefValue value={r.tenant} />,
  },
];
