import { z } from 'zod';
import { algorithmChoices } from '../api/choices';
import type { LoadBalancerPool } from '../api/schemas/load-balancers';
import type { FormDef } from './definition';
import { nameText, optionalRef, pickedSchema, requiredChoice } from './fields';
import { idOf, picked, pickedList } from './refs';
import { tagsField } from './tags';

export const poolFormSchema = z.object({
  tags: z.array(pickedSchema),
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
        tagsField('load-balancer-pools'),
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
  empty: () => ({
    tags: [],
    name: '',
    load_balancing_algorithm: '',
    health_check_monitor: null,
    tenant: null,
  }),
  fromRow: (row: LoadBalancerPool) => ({
    tags: pickedList(row.tags),
    name: row.name,
    load_balancing_algorithm: row.load_balancing_algorithm,
    health_check_monitor: picked(row.health_check_monitor),
    tenant: picked(row.tenant),
  }),
  toBody: (v: Values) => ({
    tags: v.tags.map((t) => t.id),
    name: v.name,
    load_balancing_algorithm: v.load_balancing_algorithm,
    health_check_monitor: idOf(v.health_check_monitor),
    tenant: idOf(v.tenant),
  }),
  unique: [],
} satisfies FormDef<'load-balancer-pools', typeof poolFormSchema>;
