import { z } from 'zod';
import {
  algorithmChoices,
  certificateTypeChoices,
  healthCheckTypeChoices,
  loadBalancerTypeChoices,
  protocolChoices,
  sourceNatTypeChoices,
} from './choices';
import type { EndpointKey } from './endpoints';
import type { ReferenceFields } from './expand-refs';

/**
 * The five load-balancer models as data facts: which endpoint, how they sort by default, which filters the
 * server offers. UI facts (columns, form fields, panels) are layered on top in components/, keyed the same.
 */
export const resourceKeySchema = z.enum([
  'virtual-servers',
  'load-balancer-pools',
  'load-balancer-pool-members',
  'health-check-monitors',
  'certificate-profiles',
]);
export type ResourceKey = z.infer<typeof resourceKeySchema>;

/** `status` is a Status by name (shared across models; only those allowed on the model apply). */
export type FilterKind = 'text' | 'choice' | 'boolean' | 'number' | 'reference' | 'status' | 'date';

export type FilterDef = {
  /** The query parameter Nautobot's filterset accepts; repeating it ORs the values. */
  param: string;
  kind: FilterKind;
  /** For `reference` filters: the endpoint its values (ids) come from. */
  endpoint?: EndpointKey;
  /** For `choice` filters: the field's choices (lib/api/choices.ts). */
  choices?: { readonly pairs: readonly (readonly [string, string])[] };
};

export type ResourceDef = {
  key: ResourceKey & EndpointKey;
  singular: string;
  plural: string;
  /** Pool members have no default ordering in Nautobot, so every list names one. */
  defaultSort: string;
  /** Direct serializer fields Nautobot can sort by (unknown keys are silently ignored by the server). */
  sortable: readonly string[];
  /** Whether `q` exists (virtual servers gained it in Nautobot 3.0.6). */
  search: boolean;
  filters: readonly FilterDef[];
  /** Endpoint of its certificate-profile assignments, where the model has them. */
  certificateAssignments?: EndpointKey;
  /** Its fields that reference other objects, and where those live: what a table fills in by id when shown. */
  references: ReferenceFields;
};

// `as const`, not `FilterDef[]`: a widened array would turn every model's filter names into plain strings.
const tenantFilters = [
  { param: 'tenant', kind: 'reference', endpoint: 'tenants' },
  { param: 'tenant_group', kind: 'text' },
] as const satisfies readonly FilterDef[];

export const resources = {
  'virtual-servers': {
    key: 'virtual-servers',
    singular: 'Virtual server',
    plural: 'Virtual servers',
    defaultSort: 'name',
    sortable: [
      'name',
      'port',
      'protocol',
      'load_balancer_type',
      'enabled',
      'ssl_offload',
      'source_nat_type',
      'vip',
      'source_nat_pool',
      'load_balancer_pool',
      'device',
      'device_redundancy_group',
      'cloud_service',
      'virtual_chassis',
      'health_check_monitor',
      'tenant',
      'created',
      'last_updated',
    ],
    references: {
      vip: 'ip-addresses',
      source_nat_pool: 'prefixes',
      load_balancer_pool: 'load-balancer-pools',
      device: 'devices',
      device_redundancy_group: 'device-redundancy-groups',
      cloud_service: 'cloud-services',
      virtual_chassis: 'virtual-chassis',
      health_check_monitor: 'health-check-monitors',
      tenant: 'tenants',
      certificate_profiles: 'certificate-profiles',
      tags: 'tags',
    },
    search: true,
    filters: [
      { param: 'name', kind: 'text' },
      { param: 'vip', kind: 'reference', endpoint: 'ip-addresses' },
      { param: 'port', kind: 'number' },
      { param: 'protocol', kind: 'choice', choices: protocolChoices },
      { param: 'load_balancer_type', kind: 'choice', choices: loadBalancerTypeChoices },
      { param: 'source_nat_type', kind: 'choice', choices: sourceNatTypeChoices },
      { param: 'enabled', kind: 'boolean' },
      { param: 'ssl_offload', kind: 'boolean' },
      { param: 'source_nat_pool', kind: 'reference', endpoint: 'prefixes' },
      { param: 'load_balancer_pool', kind: 'reference', endpoint: 'load-balancer-pools' },
      { param: 'device', kind: 'reference', endpoint: 'devices' },
      { param: 'device_redundancy_group', kind: 'reference', endpoint: 'device-redundancy-groups' },
      { param: 'cloud_service', kind: 'reference', endpoint: 'cloud-services' },
      { param: 'virtual_chassis', kind: 'reference', endpoint: 'virtual-chassis' },
      { param: 'health_check_monitor', kind: 'reference', endpoint: 'health-check-monitors' },
      { param: 'certificate_profiles', kind: 'reference', endpoint: 'certificate-profiles' },
      ...tenantFilters,
    ],
    certificateAssignments: 'virtual-server-certificate-profile-assignments',
  },
  'load-balancer-pools': {
    key: 'load-balancer-pools',
    singular: 'Load balancer pool',
    plural: 'Load balancer pools',
    defaultSort: 'name',
    sortable: [
      'name',
      'load_balancing_algorithm',
      'health_check_monitor',
      'tenant',
      'created',
      'last_updated',
    ],
    references: { health_check_monitor: 'health-check-monitors', tenant: 'tenants' },
    search: true,
    filters: [
      { param: 'name', kind: 'text' },
      { param: 'load_balancing_algorithm', kind: 'choice', choices: algorithmChoices },
      { param: 'health_check_monitor', kind: 'reference', endpoint: 'health-check-monitors' },
      ...tenantFilters,
    ],
  },
  'load-balancer-pool-members': {
    key: 'load-balancer-pool-members',
    singular: 'Pool member',
    plural: 'Pool members',
    defaultSort: 'load_balancer_pool,ip_address,port',
    sortable: [
      'label',
      'port',
      'ssl_offload',
      'status',
      'ip_address',
      'load_balancer_pool',
      'health_check_monitor',
      'tenant',
      'created',
      'last_updated',
    ],
    references: {
      ip_address: 'ip-addresses',
      load_balancer_pool: 'load-balancer-pools',
      status: 'statuses',
      health_check_monitor: 'health-check-monitors',
      tenant: 'tenants',
      certificate_profiles: 'certificate-profiles',
    },
    search: true,
    filters: [
      { param: 'label', kind: 'text' },
      { param: 'port', kind: 'number' },
      { param: 'ssl_offload', kind: 'boolean' },
      { param: 'status', kind: 'status', endpoint: 'statuses' },
      { param: 'ip_address', kind: 'reference', endpoint: 'ip-addresses' },
      { param: 'load_balancer_pool', kind: 'reference', endpoint: 'load-balancer-pools' },
      { param: 'health_check_monitor', kind: 'reference', endpoint: 'health-check-monitors' },
      { param: 'certificate_profiles', kind: 'reference', endpoint: 'certificate-profiles' },
      ...tenantFilters,
    ],
    certificateAssignments: 'load-balancer-pool-member-certificate-profile-assignments',
  },
  'health-check-monitors': {
    key: 'health-check-monitors',
    singular: 'Health check monitor',
    plural: 'Health check monitors',
    defaultSort: 'name',
    sortable: [
      'name',
      'health_check_type',
      'port',
      'interval',
      'retry',
      'timeout',
      'tenant',
      'created',
      'last_updated',
    ],
    references: { tenant: 'tenants' },
    search: true,
    filters: [
      { param: 'name', kind: 'text' },
      { param: 'health_check_type', kind: 'choice', choices: healthCheckTypeChoices },
      { param: 'port', kind: 'number' },
      { param: 'interval', kind: 'number' },
      { param: 'retry', kind: 'number' },
      { param: 'timeout', kind: 'number' },
      ...tenantFilters,
    ],
  },
  'certificate-profiles': {
    key: 'certificate-profiles',
    singular: 'Certificate profile',
    plural: 'Certificate profiles',
    defaultSort: 'name',
    sortable: [
      'name',
      'certificate_type',
      'expiration_date',
      'cipher',
      'certificate_file_path',
      'chain_file_path',
      'key_file_path',
      'tenant',
      'created',
      'last_updated',
    ],
    references: { tenant: 'tenants' },
    search: true,
    filters: [
      { param: 'name', kind: 'text' },
      { param: 'certificate_type', kind: 'choice', choices: certificateTypeChoices },
      { param: 'cipher', kind: 'text' },
      { param: 'expiration_date', kind: 'date' },
      // "Expired" and "expires within N days" windows.
      { param: 'expiration_date__lt', kind: 'date' },
      { param: 'expiration_date__gte', kind: 'date' },
      { param: 'virtual_servers', kind: 'reference', endpoint: 'virtual-servers' },
      { param: 'load_balancer_pool_members', kind: 'reference', endpoint: 'load-balancer-pool-members' },
      ...tenantFilters,
    ],
  },
} as const satisfies Record<ResourceKey, ResourceDef>;

export const resourceKeys = resourceKeySchema.options;

/** Those of a model's reference fields named in `fields`, with the endpoint each lives at (unknown names dropped). */
export function referencesOf(key: ResourceKey, fields: readonly string[]): ReferenceFields {
  const all: ReferenceFields = resources[key].references;
  return Object.fromEntries(
    fields.flatMap((field) => {
      const endpoint = all[field];
      return endpoint ? [[field, endpoint] as const] : [];
    }),
  );
}
