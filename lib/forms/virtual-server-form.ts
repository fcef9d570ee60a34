import { z } from 'zod';
import {
  loadBalancerTypeChoices,
  protocolChoices,
  protocolGroups,
  sourceNatTypeChoices,
} from '../api/choices';
import type { VirtualServer } from '../api/schemas/load-balancers';
import type { FieldIssue, FormDef } from './definition';
import { blankChoice, intToText, nameText, optionalRef, pickedSchema, portText, requiredRef } from './fields';
import { idOf, picked, pickedList } from './refs';
import { tagsField } from './tags';

export const ASSIGNMENT_TARGETS = [
  ['device', 'Device'],
  ['device_redundancy_group', 'Device redundancy group'],
  ['cloud_service', 'Cloud service'],
  ['virtual_chassis', 'Virtual chassis'],
] as const;

export const virtualServerFormSchema = z.object({
  tags: z.array(pickedSchema),
  name: nameText,
  vip: requiredRef('Choose the virtual IP address.'),
  port: portText(),
  protocol: blankChoice(protocolChoices.values),
  enabled: z.boolean(),
  tenant: optionalRef,
  load_balancer_type: blankChoice(loadBalancerTypeChoices.values),
  load_balancer_pool: optionalRef,
  health_check_monitor: optionalRef,
  source_nat_type: blankChoice(sourceNatTypeChoices.values),
  source_nat_pool: optionalRef,
  ssl_offload: z.boolean(),
  certificate_profiles: z.array(pickedSchema),
  device: optionalRef,
  device_redundancy_group: optionalRef,
  cloud_service: optionalRef,
  virtual_chassis: optionalRef,
});
type Values = z.output<typeof virtualServerFormSchema>;

/** The seed documents: a virtual server is configured in one place, so at most one target may be set. */
export function oneAssignmentTarget(
  values: Pick<Values, (typeof ASSIGNMENT_TARGETS)[number][0]>,
): FieldIssue[] {
  const set = ASSIGNMENT_TARGETS.filter(([field]) => values[field] !== null);
  if (set.length < 2) return [];
  const names = set.map(([, label]) => label.toLowerCase()).join(' and ');
  const message = `Choose only one of device, device redundancy group, cloud service or virtual chassis (${names} are both set).`;
  return set.map(([field]) => ({
    field,
    message: set.length > 2 ? message.replace('both', 'all') : message,
  }));
}

/** SSL offload needs a certificate to terminate with; Nautobot accepts it without one, so this only warns. */
export function sslWithoutCertificate(values: {
  ssl_offload: boolean;
  certificate_profiles: unknown[];
}): FieldIssue[] {
  return values.ssl_offload && values.certificate_profiles.length === 0
    ? [
        {
          field: 'certificate_profiles',
          message:
            'SSL offload is on but no certificate profile is assigned: the configuration will have no certificate to offer.',
        },
      ]
    : [];
}

export const virtualServerForm = {
  resource: 'virtual-servers',
  schema: virtualServerFormSchema,
  sections: [
    {
      title: 'Virtual server',
      fields: [
        { name: 'name', label: 'Name', kind: 'text', required: true },
        { name: 'vip', label: 'VIP', kind: 'reference', endpoint: 'ip-addresses', required: true },
        { name: 'port', label: 'Port', kind: 'int', min: 0, max: 65535 },
        {
          name: 'protocol',
          label: 'Protocol',
          kind: 'choice',
          choices: protocolChoices,
          groups: protocolGroups,
        },
        { name: 'enabled', label: 'Enabled', kind: 'boolean' },
        { name: 'tenant', label: 'Tenant', kind: 'reference', endpoint: 'tenants' },
        tagsField('virtual-servers'),
      ],
    },
    {
      title: 'Configuration',
      fields: [
        { name: 'load_balancer_type', label: 'Type', kind: 'choice', choices: loadBalancerTypeChoices },
        { name: 'load_balancer_pool', label: 'Pool', kind: 'reference', endpoint: 'load-balancer-pools' },
        {
          name: 'health_check_monitor',
          label: 'Health monitor',
          kind: 'reference',
          endpoint: 'health-check-monitors',
        },
        { name: 'source_nat_type', label: 'Source NAT type', kind: 'choice', choices: sourceNatTypeChoices },
        { name: 'source_nat_pool', label: 'Source NAT pool', kind: 'reference', endpoint: 'prefixes' },
        { name: 'ssl_offload', label: 'SSL offload', kind: 'boolean' },
        {
          name: 'certificate_profiles',
          label: 'Certificate profiles',
          kind: 'references',
          endpoint: 'certificate-profiles',
        },
      ],
    },
    {
      title: 'Assignment',
      fields: [
        {
          name: 'device',
          label: 'Device',
          kind: 'reference',
          endpoint: 'devices',
          helper: 'Set one of these four.',
        },
        {
          name: 'device_redundancy_group',
          label: 'Device redundancy group',
          kind: 'reference',
          endpoint: 'device-redundancy-groups',
        },
        { name: 'cloud_service', label: 'Cloud service', kind: 'reference', endpoint: 'cloud-services' },
        { name: 'virtual_chassis', label: 'Virtual chassis', kind: 'reference', endpoint: 'virtual-chassis' },
      ],
    },
  ],
  empty: () => ({
    tags: [],
    name: '',
    vip: null,
    port: '',
    protocol: '',
    enabled: true,
    tenant: null,
    load_balancer_type: '',
    load_balancer_pool: null,
    health_check_monitor: null,
    source_nat_type: '',
    source_nat_pool: null,
    ssl_offload: false,
    certificate_profiles: [],
    device: null,
    device_redundancy_group: null,
    cloud_service: null,
    virtual_chassis: null,
  }),
  fromRow: (row: VirtualServer) => ({
    tags: pickedList(row.tags),
    name: row.name,
    vip: picked(row.vip),
    port: intToText(row.port),
    protocol: row.protocol as Values['protocol'],
    enabled: row.enabled,
    tenant: picked(row.tenant),
    load_balancer_type: row.load_balancer_type as Values['load_balancer_type'],
    load_balancer_pool: picked(row.load_balancer_pool),
    health_check_monitor: picked(row.health_check_monitor),
    source_nat_type: row.source_nat_type as Values['source_nat_type'],
    source_nat_pool: picked(row.source_nat_pool),
    ssl_offload: row.ssl_offload,
    certificate_profiles: pickedList(row.certificate_profiles),
    device: picked(row.device),
    device_redundancy_group: picked(row.device_redundancy_group),
    cloud_service: picked(row.cloud_service),
    virtual_chassis: picked(row.virtual_chassis),
  }),
  toBody: (v: Values) => ({
    tags: v.tags.map((t) => t.id),
    name: v.name,
    vip: v.vip.id,
    port: v.port,
    protocol: v.protocol,
    enabled: v.enabled,
    tenant: idOf(v.tenant),
    load_balancer_type: v.load_balancer_type,
    load_balancer_pool: idOf(v.load_balancer_pool),
    health_check_monitor: idOf(v.health_check_monitor),
    source_nat_type: v.source_nat_type,
    source_nat_pool: idOf(v.source_nat_pool),
    ssl_offload: v.ssl_offload,
    device: idOf(v.device),
    device_redundancy_group: idOf(v.device_redundancy_group),
    cloud_service: idOf(v.cloud_service),
    virtual_chassis: idOf(v.virtual_chassis),
  }),
  rules: oneAssignmentTarget,
  warnings: sslWithoutCertificate,
  unique: [
    {
      field: 'port',
      // Nautobot's unique_together (vip, port, protocol) is skipped when port is null.
      filters: (v: Values) =>
        // An exact `protocol=` filter refuses the blank choice (400); only a regex finds it.
        v.port === null
          ? null
          : {
              vip: v.vip.id,
              port: v.port,
              ...(v.protocol ? { protocol: v.protocol } : { protocol__re: '^$' }),
            },
      // Belt and braces: the filters already say it, but a server ignoring a lookup must not cause a false alarm.
      matches: (row, v) => row.protocol === v.protocol,
      message: (existing) => `Virtual server “${existing}” already uses this VIP, port and protocol.`,
    },
  ],
  certificateAssignments: {
    endpoint: 'virtual-server-certificate-profile-assignments',
    ownerField: 'virtual_server',
  },
} satisfies FormDef<'virtual-servers', typeof virtualServerFormSchema>;
