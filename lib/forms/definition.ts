import type { z } from 'zod';
import type { EndpointKey, EndpointRow, EndpointWrite } from '../api/endpoints';
import type { Query } from '../api/transport';
import type { ResourceKey } from '../api/resources';

type ChoiceSet = { pairs: readonly (readonly [string, string])[] };

type FieldBase = {
  name: string;
  label: string;
  required?: boolean;
  /** One line under the field: what Nautobot does with it, or the rule it follows. */
  helper?: string;
};

type RefProps = {
  endpoint: EndpointKey;
  /** Limit choices to objects allowed on this model (statuses by content type). */
  contentTypeOf?: ResourceKey;
  filters?: Query;
};

/** A form field as data: the screens render it, bulk edit offers it, CSV import maps columns onto it. */
export type FormField = FieldBase &
  (
    | { kind: 'text'; multiline?: boolean }
    | { kind: 'int'; min: number; max?: number }
    | { kind: 'choice'; choices: ChoiceSet; groups?: Record<string, readonly string[]> }
    | { kind: 'boolean' }
    | ({ kind: 'reference' } & RefProps)
    | ({ kind: 'references' } & RefProps)
    | { kind: 'datetime' }
  );

export type FormSection = { title: string; fields: readonly FormField[] };

/**
 * A uniqueness rule Nautobot enforces, checked before submit so the message can name the existing object.
 * `filters` returns null when the rule does not apply (DRF skips unique_together when a value is null).
 */
export type UniqueRule<Out> = {
  /** The field the message belongs on. */
  field: string;
  filters: (values: Out) => Query | null;
  /** A further check on each candidate, for what a filter cannot express (a blank protocol). */
  matches?: (row: Record<string, unknown>, values: Out) => boolean;
  message: (existing: string) => string;
};

export type FieldIssue = { field: string; message: string };

export type WritableResource = ResourceKey;

export type FormDef<K extends WritableResource, S extends z.ZodType<unknown, Record<string, unknown>>> = {
  resource: K;
  schema: S;
  sections: readonly FormSection[];
  empty: () => z.input<S>;
  /** Form values from an object read at depth 1 with `exclude_m2m=false`. */
  fromRow: (row: EndpointRow<K>) => z.input<S>;
  /** Nautobot's write body; certificate profiles are written separately, through the assignment endpoints. */
  toBody: (values: z.output<S>) => EndpointWrite<K>;
  /** Rules across fields that Nautobot does not enforce but the seed documents ask for (errors). */
  rules?: (values: z.output<S>) => FieldIssue[];
  /** Advice that does not block saving. */
  warnings?: (values: z.input<S>) => FieldIssue[];
  unique: readonly UniqueRule<z.output<S>>[];
  /** Where the object's certificate profiles are written, if it has them. */
  certificateAssignments?: {
    endpoint:
      | 'virtual-server-certificate-profile-assignments'
      | 'load-balancer-pool-member-certificate-profile-assignments';
    ownerField: 'virtual_server' | 'load_balancer_pool_member';
  };
};
