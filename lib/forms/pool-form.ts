import { z } from 'zod';
import { algorithmChoices } from '../api/choices';
import type { LoadBalancerPool } from '../api/schemas/load-balancers';
import type { FormDef } from './definition';
import { nameText, optionalRef, requiredChoice } from './fields';
import { idOf, picked } from './refs';

export const poolFormSchema = z.object({
  name: nameText,
  load_balancing_algorithm: requiredChoice(algorithmChoices.values),
  health_check_monitor: optionalRef,
  tenant: optionalRef,
});
type Values = z.output<typeof poolFormSchema>;

export const poolForm = {
  resource: 'load-balancer-pools',
  schema: poolFormSchema,
  sections: [
    {
      title: 'Pool',
      fields: [
        {
          name: 'name',
          label: 'Name',
          kind: 'text',
          required: true,
          helper: 'Pool names need not be unique in Nautobot; a clear name saves picking the wrong one.',
        },
        { name: 'tenant', label: 'Tenant', kind: 'reference', endpoint: 'tenants' },
      ],
    },
    {
      title: 'Configuration',
      fields: [
        {
          name: 'load_balancing_algorithm',
          label: 'Algorithm',
          kind: 'choice',
          choices: algorithmChoices,
          required: true,
        },
        {
          name: 'health_check_monitor',
          label: 'Health monitor',
          kind: 'reference',
          endpoint: 'health-check-monitors',
        },
      ],
    },
  ],
  empty: () => ({ name: '', load_balancing_algorithm: '', health_check_monitor: null, tenant: null }),
  fromRow: (row: LoadBalancerPool) => ({
    name: row.name,
    load_balancing_algorithm: row.load_balancing_algorithm,
    health_check_monitor: picked(row.health_check_monitor),
    tenant: picked(row.tenant),
  }),
  toBody: (v: Values) => ({
    name: v.name,
    load_balancing_algorithm: v.load_balancing_algorithm,
    health_check_monitor: idOf(v.health_check_monitor),
    tenant: idOf(v.tenant),
  }),
  unique: [],
} satisfies FormDef<'load-balancer-pools', typeof poolFormSchema>;
