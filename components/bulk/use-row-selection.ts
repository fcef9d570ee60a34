'use client';
import { useMemo } from 'react';
import type { ResourceKey } from '@/lib/api/resources';
import type { MatchingQuery } from '@/lib/bulk/select-matching';
import type { RowSelection } from '@/components/resources/resource-table';
import { useSelection } from './use-selection';

type Named = { id: string; display?: string };

/** The list's selection, and the same seen from the table's checkbox column. */
export function useRowSelection(resource: ResourceKey, query: MatchingQuery) {
  const selection = useSelection(resource, query);
  const { ids, toggle, setMany } = selection;
  const rowSelection = useMemo<RowSelection<Named>>(
    () => ({
      isSelected: (id) => ids.has(id.toLowerCase()),
      onToggle: toggle,
      onTogglePage: setMany,
      name: (row) => row.display ?? row.id,
    }),
    [ids, toggle, setMany],
  );
  return { selection, rowSelection };
}
