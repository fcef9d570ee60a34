import { z } from 'zod';

/** Nautobot primary keys are UUIDs; bulk endpoints need them lowercase. */
export const uuidSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Not a UUID');

/**
 * A foreign key as Nautobot returns it: `{id, object_type, url}` at depth 0, the whole nested object at depth ≥ 1.
 * Loose, so nested fields survive parsing; `display` and `name` are typed because lists show them.
 */
export const refSchema = z.looseObject({
  id: uuidSchema,
  object_type: z.string(),
  url: z.string(),
  display: z.string().optional(),
  name: z.string().optional(),
});
export type Ref = z.infer<typeof refSchema>;

export const nullableRef = refSchema.nullable();

/** Fields every Nautobot primary model (NautobotModelSerializer) carries. */
export const primaryModelFields = {
  id: uuidSchema,
  object_type: z.string(),
  display: z.string(),
  url: z.string(),
  natural_slug: z.string().optional(),
  tags: z.array(refSchema).optional(),
  notes_url: z.string().optional(),
  custom_fields: z.record(z.string(), z.unknown()).optional(),
  created: z.string().nullable().optional(),
  last_updated: z.string().nullable().optional(),
};

/** Fields of the plain BaseModel serializers (certificate-profile assignments). */
export const baseModelFields = {
  id: uuidSchema,
  object_type: z.string(),
  display: z.string(),
  url: z.string(),
  natural_slug: z.string().optional(),
};

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    count: z.number().int().nonnegative(),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });
}
export type Page<T> = { count: number; next: string | null; previous: string | null; results: T[] };

/** What a write may send for a foreign key: a UUID, or a natural key / attribute dict Nautobot resolves. */
export const fkWriteSchema = z.union([uuidSchema, z.string().min(1), z.record(z.string(), z.unknown())]);
export const nullableFkWrite = fkWriteSchema.nullable();

export const portSchema = z
  .number({ error: 'Enter a whole number.' })
  .int('Enter a whole number.')
  .min(0, 'Ensure this value is greater than or equal to 0.')
  .max(65535, 'Ensure this value is less than or equal to 65535.');

export const name255 = z
  .string()
  .trim()
  .min(1, 'This field is required.')
  .max(255, 'Ensure this field has no more than 255 characters.');
export const optionalString255 = z.string().max(255, 'Ensure this field has no more than 255 characters.');
