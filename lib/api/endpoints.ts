import type { z } from 'zod';
import {
  certificateProfileSchema,
  certificateProfileWriteSchema,
  healthCheckMonitorSchema,
  healthCheckMonitorWriteSchema,
  loadBalancerPoolMemberSchema,
  loadBalancerPoolMemberWriteSchema,
  loadBalancerPoolSchema,
  loadBalancerPoolWriteSchema,
  memberCertificateAssignmentSchema,
  memberCertificateAssignmentWriteSchema,
  virtualServerCertificateAssignmentSchema,
  virtualServerCertificateAssignmentWriteSchema,
  virtualServerSchema,
  virtualServerWriteSchema,
} from './schemas/load-balancers';
import {
  cloudServiceSchema,
  deviceRedundancyGroupSchema,
  deviceSchema,
  ipAddressSchema,
  namespaceSchema,
  noteSchema,
  objectChangeSchema,
  prefixSchema,
  statusSchema,
  tagSchema,
  tenantSchema,
  tokenSchema,
  virtualChassisSchema,
} from './schemas/related';

type EndpointDef = {
  /** Path below the load-balancer app's API root when `lb`, else below `/api/`. */
  path: string;
  lb: boolean;
  /** Django model name; the object type is `<app label>.<model>`. */
  model?: string;
  schema: z.ZodType;
  writeSchema?: z.ZodType;
};

/** Every Nautobot REST endpoint this UI talks to, with the schema its responses are parsed by. */
export const endpoints = {
  'virtual-servers': {
    path: 'virtual-servers/',
    lb: true,
    model: 'virtualserver',
    schema: virtualServerSchema,
    writeSchema: virtualServerWriteSchema,
  },
  'load-balancer-pools': {
    path: 'load-balancer-pools/',
    lb: true,
    model: 'loadbalancerpool',
    schema: loadBalancerPoolSchema,
    writeSchema: loadBalancerPoolWriteSchema,
  },
  'load-balancer-pool-members': {
    path: 'load-balancer-pool-members/',
    lb: true,
    model: 'loadbalancerpoolmember',
    schema: loadBalancerPoolMemberSchema,
    writeSchema: loadBalancerPoolMemberWriteSchema,
  },
  'health-check-monitors': {
    path: 'health-check-monitors/',
    lb: true,
    model: 'healthcheckmonitor',
    schema: healthCheckMonitorSchema,
    writeSchema: healthCheckMonitorWriteSchema,
  },
  'certificate-profiles': {
    path: 'certificate-profiles/',
    lb: true,
    model: 'certificateprofile',
    schema: certificateProfileSchema,
    writeSchema: certificateProfileWriteSchema,
  },
  'virtual-server-certificate-profile-assignments': {
    path: 'virtual-server-certificate-profile-assignments/',
    lb: true,
    model: 'virtualservercertificateprofileassignment',
    schema: virtualServerCertificateAssignmentSchema,
    writeSchema: virtualServerCertificateAssignmentWriteSchema,
  },
  'load-balancer-pool-member-certificate-profile-assignments': {
    path: 'load-balancer-pool-member-certificate-profile-assignments/',
    lb: true,
    model: 'loadbalancerpoolmembercertificateprofileassignment',
    schema: memberCertificateAssignmentSchema,
    writeSchema: memberCertificateAssignmentWriteSchema,
  },
  'ip-addresses': { path: 'ipam/ip-addresses/', lb: false, schema: ipAddressSchema },
  prefixes: { path: 'ipam/prefixes/', lb: false, schema: prefixSchema },
  namespaces: { path: 'ipam/namespaces/', lb: false, schema: namespaceSchema },
  tenants: { path: 'tenancy/tenants/', lb: false, schema: tenantSchema },
  devices: { path: 'dcim/devices/', lb: false, schema: deviceSchema },
  'device-redundancy-groups': {
    path: 'dcim/device-redundancy-groups/',
    lb: false,
    schema: deviceRedundancyGroupSchema,
  },
  'virtual-chassis': { path: 'dcim/virtual-chassis/', lb: false, schema: virtualChassisSchema },
  'cloud-services': { path: 'cloud/cloud-services/', lb: false, schema: cloudServiceSchema },
  statuses: { path: 'extras/statuses/', lb: false, schema: statusSchema },
  tags: { path: 'extras/tags/', lb: false, schema: tagSchema },
  'object-changes': { path: 'extras/object-changes/', lb: false, schema: objectChangeSchema },
  notes: { path: 'extras/notes/', lb: false, schema: noteSchema },
  tokens: { path: 'users/tokens/', lb: false, schema: tokenSchema },
} as const satisfies Record<string, EndpointDef>;

export type EndpointKey = keyof typeof endpoints;
export type EndpointRow<K extends EndpointKey> = z.infer<(typeof endpoints)[K]['schema']>;
export type WritableKey = {
  [K in EndpointKey]: (typeof endpoints)[K] extends { writeSchema: z.ZodType } ? K : never;
}[EndpointKey];
export type EndpointWrite<K extends WritableKey> = z.input<(typeof endpoints)[K]['writeSchema']>;
