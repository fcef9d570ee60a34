import { z } from 'zod';
import {
  algorithmChoices,
  certificateTypeChoices,
  healthCheckTypeChoices,
  loadBalancerTypeChoices,
  protocolChoices,
  sourceNatTypeChoices,
} from '../choices';
import {
  baseModelFields,
  fkWriteSchema,
  name255,
  nullableFkWrite,
  nullableRef,
  optionalString255,
  portSchema,
  primaryModelFields,
  refSchema,
  uuidSchema,
} from './common';

const blankOr = <T extends readonly [string, ...string[]]>(values: T) => z.enum(['', ...values]);
const nonNegativeInt = z
  .number()
  .int('Enter a whole number.')
  .min(0, 'Ensure this value is greater than or equal to 0.');

// Read schemas: what Nautobot returns. Choice fields are read as strings so a choice added by a newer
// Nautobot still renders; writes below are strict.

export const virtualServerSchema = z.object({
  ...primaryModelFields,
  name: z.string(),
  vip: refSchema,
  port: z.number().int().nullable(),
  protocol: z.string(),
  source_nat_pool: nullableRef,
  source_nat_type: z.string(),
  load_balancer_type: z.string(),
  enabled: z.boolean(),
  ssl_offload: z.boolean(),
  device: nullableRef,
  device_redundancy_group: nullableRef,
  cloud_service: nullableRef,
  virtual_chassis: nullableRef,
  tenant: nullableRef,
  load_balancer_pool: nullableRef,
  health_check_monitor: nullableRef,
  certificate_profiles: z.array(refSchema).optional(),
});
export type VirtualServer = z.infer<typeof virtualServerSchema>;

export const loadBalancerPoolSchema = z.object({
  ...primaryModelFields,
  name: z.string(),
  load_balancing_algorithm: z.string(),
  health_check_monitor: nullableRef,
  tenant: nullableRef,
});
export type LoadBalancerPool = z.infer<typeof loadBalancerPoolSchema>;

export const loadBalancerPoolMemberSchema = z.object({
  ...primaryModelFields,
  ip_address: refSchema,
  label: z.string(),
  load_balancer_pool: refSchema,
  status: refSchema,
  port: z.number().int(),
  ssl_offload: z.boolean(),
  health_check_monitor: nullableRef,
  tenant: nullableRef,
  certificate_profiles: z.array(refSchema).optional(),
});
export type LoadBalancerPoolMember = z.infer<typeof loadBalancerPoolMemberSchema>;

export const healthCheckMonitorSchema = z.object({
  ...primaryModelFields,
  name: z.string(),
  interval: z.number().int().nullable(),
  retry: z.number().int().nullable(),
  timeout: z.number().int().nullable(),
  port: z.number().int().nullable(),
  health_check_type: z.string(),
  tenant: nullableRef,
});
export type HealthCheckMonitor = z.infer<typeof healthCheckMonitorSchema>;

export const certificateProfileSchema = z.object({
  ...primaryModelFields,
  name: z.string(),
  certificate_type: z.string(),
  certificate_file_path: z.string(),
  chain_file_path: z.string(),
  key_file_path: z.string(),
  expiration_date: z.string().nullable(),
  cipher: z.string(),
  tenant: nullableRef,
});
export type CertificateProfile = z.infer<typeof certificateProfileSchema>;

export const virtualServerCertificateAssignmentSchema = z.object({
  ...baseModelFields,
  virtual_server: refSchema,
  certificate_profile: refSchema,
});
export const memberCertificateAssignmentSchema = z.object({
  ...baseModelFields,
  load_balancer_pool_member: refSchema,
  certificate_profile: refSchema,
});

// Write schemas: Nautobot's server rules (required fields, choices, ranges, lengths). Forms extend these.

const writeCommon = {
  id: uuidSchema.optional(),
  tags: z.array(fkWriteSchema).optional(),
  custom_fields: z.record(z.string(), z.unknown()).optional(),
};

export const virtualServerWriteSchema = z.object({
  ...writeCommon,
  name: name255,
  vip: fkWriteSchema,
  // Nautobot 3.2 still requires the key on POST (unique_together); "" is the blank choice.
  protocol: blankOr(protocolChoices.values),
  port: portSchema.nullable().optional(),
  source_nat_pool: nullableFkWrite.optional(),
  source_nat_type: blankOr(sourceNatTypeChoices.values).optional(),
  load_balancer_type: blankOr(loadBalancerTypeChoices.values).optional(),
  enabled: z.boolean().optional(),
  ssl_offload: z.boolean().optional(),
  device: nullableFkWrite.optional(),
  device_redundancy_group: nullableFkWrite.optional(),
  cloud_service: nullableFkWrite.optional(),
  virtual_chassis: nullableFkWrite.optional(),
  tenant: nullableFkWrite.optional(),
  load_balancer_pool: nullableFkWrite.optional(),
  health_check_monitor: nullableFkWrite.optional(),
});
export type VirtualServerWrite = z.input<typeof virtualServerWriteSchema>;

export const loadBalancerPoolWriteSchema = z.object({
  ...writeCommon,
  name: name255,
  load_balancing_algorithm: z.enum(algorithmChoices.values),
  health_check_monitor: nullableFkWrite.optional(),
  tenant: nullableFkWrite.optional(),
});
export type LoadBalancerPoolWrite = z.input<typeof loadBalancerPoolWriteSchema>;

export const loadBalancerPoolMemberWriteSchema = z.object({
  ...writeCommon,
  ip_address: fkWriteSchema,
  load_balancer_pool: fkWriteSchema,
  port: portSchema,
  status: fkWriteSchema,
  label: optionalString255.optional(),
  ssl_offload: z.boolean().optional(),
  health_check_monitor: nullableFkWrite.optional(),
  tenant: nullableFkWrite.optional(),
});
export type LoadBalancerPoolMemberWrite = z.input<typeof loadBalancerPoolMemberWriteSchema>;

export const healthCheckMonitorWriteSchema = z.object({
  ...writeCommon,
  name: name255,
  interval: nonNegativeInt.nullable().optional(),
  retry: nonNegativeInt.nullable().optional(),
  timeout: nonNegativeInt.nullable().optional(),
  port: portSchema.nullable().optional(),
  health_check_type: blankOr(healthCheckTypeChoices.values).optional(),
  tenant: nullableFkWrite.optional(),
});
export type HealthCheckMonitorWrite = z.input<typeof healthCheckMonitorWriteSchema>;

export const certificateProfileWriteSchema = z.object({
  ...writeCommon,
  name: name255,
  certificate_type: blankOr(certificateTypeChoices.values).optional(),
  certificate_file_path: optionalString255.optional(),
  chain_file_path: optionalString255.optional(),
  key_file_path: optionalString255.optional(),
  expiration_date: z.string().nullable().optional(),
  cipher: optionalString255.optional(),
  tenant: nullableFkWrite.optional(),
});
export type CertificateProfileWrite = z.input<typeof certificateProfileWriteSchema>;

export const virtualServerCertificateAssignmentWriteSchema = z.object({
  id: uuidSchema.optional(),
  virtual_server: fkWriteSchema,
  certificate_profile: fkWriteSchema,
});
export const memberCertificateAssignmentWriteSchema = z.object({
  id: uuidSchema.optional(),
  load_balancer_pool_member: fkWriteSchema,
  certificate_profile: fkWriteSchema,
});
