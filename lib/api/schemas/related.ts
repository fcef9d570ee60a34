import { z } from 'zod';
import { nullableRef, primaryModelFields, refSchema, uuidSchema } from './common';

// Objects from other Nautobot apps that pickers, links and history need. Loose: only the fields this UI
// reads are checked, the rest pass through untouched.

const named = (extra: z.ZodRawShape = {}) =>
  z.looseObject({ ...primaryModelFields, name: z.string(), ...extra });

export const ipAddressSchema = z.looseObject({
  ...primaryModelFields,
  address: z.string(),
  host: z.string(),
  mask_length: z.number().int(),
  ip_version: z.number().int(),
  parent: nullableRef.optional(),
  status: refSchema,
  tenant: nullableRef.optional(),
  dns_name: z.string().optional(),
});
export type IpAddress = z.infer<typeof ipAddressSchema>;

export const prefixSchema = z.looseObject({
  ...primaryModelFields,
  prefix: z.string(),
  namespace: refSchema,
  status: refSchema,
  tenant: nullableRef.optional(),
});
export type Prefix = z.infer<typeof prefixSchema>;

export const namespaceSchema = named();
export const tenantSchema = named({ tenant_group: nullableRef.optional() });
export type Tenant = z.infer<typeof tenantSchema>;
export const deviceSchema = z.looseObject({ ...primaryModelFields, name: z.string().nullable() });
export const deviceRedundancyGroupSchema = named();
export const virtualChassisSchema = named();
export const cloudServiceSchema = named();

export const statusSchema = named({ color: z.string(), description: z.string().optional() });
export const tagSchema = named({ color: z.string().optional(), description: z.string().optional() });
export type Status = z.infer<typeof statusSchema>;

export const objectChangeSchema = z.looseObject({
  id: uuidSchema,
  display: z.string().optional(),
  time: z.string(),
  user: nullableRef.optional(),
  user_name: z.string(),
  request_id: z.string(),
  action: z.object({ value: z.string(), label: z.string() }),
  changed_object_type: z.string(),
  changed_object_id: uuidSchema,
  object_repr: z.string(),
  object_data: z.unknown().optional(),
  object_data_v2: z.unknown().optional(),
});
export type ObjectChange = z.infer<typeof objectChangeSchema>;

export const noteSchema = z.looseObject({
  id: uuidSchema,
  display: z.string().optional(),
  note: z.string(),
  user: nullableRef.optional(),
  user_name: z.string(),
  assigned_object_type: z.string(),
  assigned_object_id: uuidSchema,
  created: z.string().nullable().optional(),
  last_updated: z.string().nullable().optional(),
});
export type Note = z.infer<typeof noteSchema>;

export const tokenSchema = z.looseObject({
  id: uuidSchema,
  /** `"<last 6 of key> (<username>)"`; the serializer has no user field. */
  display: z.string(),
  key: z.string(),
  write_enabled: z.boolean().optional(),
  expires: z.string().nullable().optional(),
  description: z.string().optional(),
});
export type Token = z.infer<typeof tokenSchema>;
