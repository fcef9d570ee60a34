import type { z } from 'zod';
import type { ResourceKey } from '../api/resources';
import { certificateProfileForm } from './certificate-profile-form';
import type { FieldIssue, FormDef, FormSection, UniqueRule } from './definition';
import { memberForm } from './member-form';
import { monitorForm } from './monitor-form';
import { poolForm } from './pool-form';
import { virtualServerForm } from './virtual-server-form';

export type FormValues = Record<string, unknown>;

/** A form definition seen from generic code (screens, bulk edit, CSV import), which handles any model alike. */
export type AnyFormDef = {
  resource: ResourceKey;
  schema: z.ZodType<FormValues, FormValues>;
  sections: readonly FormSection[];
  empty: () => FormValues;
  fromRow: (row: unknown) => FormValues;
  toBody: (values: FormValues) => Record<string, unknown>;
  rules?: (values: FormValues) => FieldIssue[];
  warnings?: (values: FormValues) => FieldIssue[];
  unique: readonly UniqueRule<FormValues>[];
  certificateAssignments?: FormDef<ResourceKey, z.ZodType<FormValues, FormValues>>['certificateAssignments'];
};

// Each definition is typed against its own model; generic code sees the erased shape. The per-model
// `satisfies FormDef<…>` checks are what keep the two in step, so this is the one place they are widened.
const erase = (def: object) => def as AnyFormDef;

export const formDefs: Record<ResourceKey, AnyFormDef> = {
  'virtual-servers': erase(virtualServerForm),
  'load-balancer-pools': erase(poolForm),
  'load-balancer-pool-members': erase(memberForm),
  'health-check-monitors': erase(monitorForm),
  'certificate-profiles': erase(certificateProfileForm),
};

export const allFields = (def: AnyFormDef) => def.sections.flatMap((s) => s.fields);
