import type { ReactNode } from 'react';
import type SvgIcon from '@mui/material/SvgIcon';
import type { EndpointRow } from '@/lib/api/endpoints';
import type { ResourceKey, resources } from '@/lib/api/resources';

/** A sort key Nautobot accepts for this resource (see `sortable` in lib/api/resources.ts). */
export type SortKeyOf<K extends ResourceKey> = (typeof resources)[K]['sortable'][number];

export type Column<Row, S extends string = string> = {
  id: string;
  label: string;
  /** Server-side sort field; the column is sortable only when set. */
  sortKey?: S;
  align?: 'left' | 'right';
  /** Available in the column chooser but off until the user turns it on (Nautobot's non-default columns). */
  defaultHidden?: boolean;
  /** Reads an M2M field, which Nautobot sends only with `exclude_m2m=false`: asked for only while shown. */
  needsM2m?: boolean;
  render: (row: Row) => ReactNode;
};

/** The first column is the row's primary cell: the table renders it as the link to the object, always shown. */
export type Columns<Row, S extends string = string> = readonly [Column<Row, S>, ...Column<Row, S>[]];

export type ResourceUi<Row, S extends string = string> = {
  navLabel: string;
  icon: typeof SvgIcon;
  href: string;
  columns: Columns<Row, S>;
};

export type ResourceUiMap = { [K in ResourceKey]: ResourceUi<EndpointRow<K>, SortKeyOf<K>> };

export type ColumnsOf<K extends ResourceKey> = Columns<EndpointRow<K>, SortKeyOf<K>>;

/** The columns to show: the primary always, the rest by the user's choice or else their default. */
export function visibleColumns<C extends { id: string; defaultHidden?: boolean }>(
  columns: readonly [C, ...C[]],
  prefs: { columns: Readonly<Record<string, boolean>> },
): [C, ...C[]] {
  const [primary, ...rest] = columns;
  return [primary, ...rest.filter((c) => prefs.columns[c.id] ?? !c.defaultHidden)];
}
