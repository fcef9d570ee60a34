import type { ReactNode } from 'react';
import type { EndpointRow } from '@/lib/api/endpoints';
import type { ResourceKey, resources } from '@/lib/api/resources';
import type { Ref } from '@/lib/api/schemas/common';

export type FieldName<K extends ResourceKey> = Extract<keyof EndpointRow<K>, string>;

/** Fields of K that hold one reference (or none). */
export type RefFieldOf<K extends ResourceKey> = {
  [F in FieldName<K>]: EndpointRow<K>[F] extends Ref | null ? F : never;
}[FieldName<K>];

/** Fields of K that hold a list of references (M2M, read with `exclude_m2m=false`). */
export type RefListFieldOf<K extends ResourceKey> = {
  [F in FieldName<K>]: NonNullable<EndpointRow<K>[F]> extends readonly Ref[] ? F : never;
}[FieldName<K>];

/** A query parameter Nautobot's filterset for T accepts (lib/api/resources.ts). */
export type FilterParamOf<T extends ResourceKey> = (typeof resources)[T]['filters'][number]['param'];

export type PanelField<K extends ResourceKey> =
  FieldName<K> | { name: FieldName<K>; label?: string; render: (row: EndpointRow<K>) => ReactNode };

/** A titled group of fields, as Nautobot's detail view groups them (load_balancers/views.py). */
export type PanelDef<K extends ResourceKey> = { title: string; fields: readonly PanelField<K>[] };

type SectionCommon = {
  /** Unique within the model, for React keys and ids. */
  id: string;
  title: string;
  /** Shown when nothing is related. */
  empty: string;
  /** Table columns of the related model left out here, e.g. the pool in a pool's own member list. */
  hideColumns?: readonly string[];
};

/**
 * Objects of model T that point at this one: a server-paginated list of T filtered by `filter` = the id of
 * this object (`from: 'id'`) or the id one of its references holds (a virtual server's pool's members).
 */
export type QuerySectionDef<K extends ResourceKey> = {
  [T in ResourceKey]: SectionCommon & {
    kind: 'query';
    resource: T;
    filter: FilterParamOf<T>;
    from: 'id' | RefFieldOf<K>;
    /** Nautobot sort for the list; the model's default when absent. */
    sort?: string;
    /** A button that opens T's add form with `filter` pre-filled. */
    addLabel?: string;
  };
}[ResourceKey];

/**
 * Objects of model T this one lists in an M2M field, which the detail request already carries; "View all"
 * opens T's list filtered by `filter` = this object's id.
 */
export type EmbeddedSectionDef<K extends ResourceKey> = {
  [T in ResourceKey]: SectionCommon & {
    kind: 'embedded';
    resource: T;
    field: RefListFieldOf<K>;
    filter: FilterParamOf<T>;
  };
}[ResourceKey];

export type SectionDef<K extends ResourceKey> = QuerySectionDef<K> | EmbeddedSectionDef<K>;

export type DetailConfig<K extends ResourceKey> = {
  panels: readonly PanelDef<K>[];
  sections: readonly SectionDef<K>[];
};

export type DetailRegistry = { [K in ResourceKey]: DetailConfig<K> };
