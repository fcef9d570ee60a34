import { z } from 'zod';
import { healthCheckTypeChoices } from '../api/choices';
import type { HealthCheckMonitor } from '../api/schemas/load-balancers';
import type { FormDef } from './definition';
import { blankChoice, intText, intToText, nameText, optionalRef, pickedSchema, portText } from './fields';
import { idOf, picked, pickedList } from './refs';
import { tagsField } from './tags';

// Nautobot stores these as PositiveIntegerField: 0 up to PostgreSQL's integer limit.
const PG_INT_MAX = 2147483647;
const seconds = (what: string) => intText({ min: 0, max: PG_INT_MAX, what });

export const monitorFormSchema = z.object({
  tags: z.array(pickedSchema),
  name: nameText,
  health_check_type: blankChoice(healthCheckTypeChoices.values),
  port: portText(),
  interval: seconds('an interval'),
  timeout: seconds('a timeout'),
  retry: seconds('a retry count'),
  tenant: optionalRef,
});
type Values = z.output<typeof monitorFormSchema>;

export const monitorForm = {
  resource: 'health-check-monitors',
  schema: monitorFormSchema,
  sections: [
    {
      title: 'Health check monitor',
      fields: [
        { name: 'name', label: 'Name', kind: 'text', required: true, helper: 'Unique across all monitors.' },
        { name: 'health_check_type', label: 'Type', kind: 'choice', choices: healthCheckTypeChoices },
        { name: 'port', label: 'Port', kind: 'int', min: 0, max: 65535, helper: 'Blank: the member’s port.' },
        { name: 'interval', label: 'Interval (seconds)', kind: 'int', min: 0 },
        { name: 'timeout', label: 'Timeout (seconds)', kind: 'int', min: 0 },
        { name: 'retry', label: 'Retries', kind: 'int', min: 0 },
        { name: 'tenant', label: 'Tenant', kind: 'reference', endpoint: 'tenants' },
        tagsField('health-check-monitors'),
      ],
    },
  ],
  empty: () => ({
    tags: [],
    name: '',
    health_check_type: '',
    port: '',
    interval: '',
    timeout: '',
    retry: '',
    tenant: null,
  }),
  fromRow: (row: HealthCheckMonitor) => ({
    tags: pickedList(row.tags),
    name: row.name,
    health_check_type: row.health_check_type as Values['health_check_type'],
    port: intToText(row.port),
    interval: intToText(row.interval),
    timeout: intToText(row.timeout),
    retry: intToText(row.retry),
    tenant: picked(row.tenant),
  }),
  toBody: (v: Values) => ({
    tags: v.tags.map((t) => t.id),
    name: v.name,
    health_check_type: v.health_check_type,
    port: v.port,
    interval: v.interval,
    timeout: v.timeout,
    retry: v.retry,
    tenant: idOf(v.tenant),
  }),
  unique: [
    {
      field: 'name',
      filters: (v: Values) => ({ name: v.name }),
      matches: (row, v) => row.name === v.name,
      message: (existing) => `A health check monitor named “${existing}” already exists; names are unique.`,
    },
  ],
} satisfies FormDef<'health-check-monitors', typeof monitorFormSchema>;
