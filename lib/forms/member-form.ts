import { z } from 'zod';
import type { LoadBalancerPoolMember } from '../api/schemas/load-balancers';
import type { FormDef } from './definition';
import { optionalRef, pickedSchema, portText, requiredRef, text255 } from './fields';
import { idOf, picked, pickedList } from './refs';
import { tagsField } from './tags';
import { sslWithoutCertificate } from './virtual-server-form';

export const memberFormSchema = z.object({
  tags: z.array(pickedSchema),
  load_balancer_pool: requiredRef('Choose the pool this member belongs to.'),
  ip_address: requiredRef('Choose the member’s IP address.'),
  port: portText(true),
  status: requiredRef('Choose a status.'),
  label: text255,
  tenant: optionalRef,
  health_check_monitor: optionalRef,
  ssl_offload: z.boolean(),
  certificate_profiles: z.array(pickedSchema),
});
type Values = z.output<typeof memberFormSchema>;

export const memberForm = {
  resource: 'load-balancer-pool-members',
  schema: memberFormSchema,
  sections: [
    {
      title: 'Pool member',
      fields: [
        {
          name: 'load_balancer_pool',
          label: 'Pool',
          kind: 'reference',
          endpoint: 'load-balancer-pools',
          required: true,
        },
        {
          name: 'ip_address',
          label: 'IP address',
          kind: 'reference',
          endpoint: 'ip-addresses',
          required: true,
        },
        { name: 'port', label: 'Port', kind: 'int', min: 0, max: 65535, required: true },
        {
          name: 'status',
          label: 'Status',
          kind: 'reference',
          endpoint: 'statuses',
          contentTypeOf: 'load-balancer-pool-members',
          required: true,
        },
        { name: 'label', label: 'Label', kind: 'text' },
        { name: 'tenant', label: 'Tenant', kind: 'reference', endpoint: 'tenants' },
        tagsField('load-balancer-pool-members'),
      ],
    },
    {
      title: 'Configuration',
      fields: [
        {
          name: 'health_check_monitor',
          label: 'Health monitor',
          kind: 'reference',
          endpoint: 'health-check-monitors',
        },
        { name: 'ssl_offload', label: 'SSL offload', kind: 'boolean' },
        {
          name: 'certificate_profiles',
          label: 'Certificate profiles',
          kind: 'references',
          endpoint: 'certificate-profiles',
        },
      ],
    },
  ],
  empty: () => ({
    tags: [],
    load_balancer_pool: null,
    ip_address: null,
    port: '',
    status: null,
    label: '',
    tenant: null,
    health_check_monitor: null,
    ssl_offload: false,
    certificate_profiles: [],
  }),
  fromRow: (row: LoadBalancerPoolMember) => ({
    tags: pickedList(row.tags),
    load_balancer_pool: picked(row.load_balancer_pool),
    ip_address: picked(row.ip_address),
    port: String(row.port),
    status: picked(row.status),
    label: row.label,
    tenant: picked(row.tenant),
    health_check_monitor: picked(row.health_check_monitor),
    ssl_offload: row.ssl_offload,
    certificate_profiles: pickedList(row.certificate_profiles),
  }),
  toBody: (v: Values) => ({
    tags: v.tags.map((t) => t.id),
    load_balancer_pool: v.load_balancer_pool.id,
    ip_address: v.ip_address.id,
    // The schema makes a blank port an error, so null never reaches here.
    port: v.port ?? 0,
    status: v.status.id,
    label: v.label,
    tenant: idOf(v.tenant),
    health_check_monitor: idOf(v.health_check_monitor),
    ssl_offload: v.ssl_offload,
  }),
  warnings: sslWithoutCertificate,
  unique: [
    {
      field: 'port',
      filters: (v: Values) =>
        v.port === null
          ? null
          : { ip_address: v.ip_address.id, port: v.port, load_balancer_pool: v.load_balancer_pool.id },
      message: (existing) => `Member “${existing}” already has this IP address and port in this pool.`,
    },
  ],
  certificateAssignments: {
    endpoint: 'load-balancer-pool-member-certificate-profile-assignments',
    ownerField: 'load_balancer_pool_member',
  },
} satisfies FormDef<'load-balancer-pool-members', typeof memberFormSchema>;
