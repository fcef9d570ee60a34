'use client';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  fillReferences,
  mergeFound,
  readsAnything,
  referenceReads,
  type Expansion,
  type Found,
  type ReferenceReads,
} from '@/lib/api/expand-refs';
import { useNautobot } from '@/components/providers/nautobot-context';

const NO_READS: ReferenceReads = { first: {}, nested: {}, held: {} };
const NOTHING: Found = {};

export type FilledIn<R> = {
  /** `rows` filled in as `expansion` asks; undefined until every read is in (or while `rows` are). */
  rows: R[] | undefined;
  error: Error | null;
};

/**
 * `rows` filled in as `expansion` asks, in a query of its own (`queries.references`), so what reads them
 * never waits for it. Objects in `known` (a page's own pools) are used rather than read again; `expansion`
 * and `known` should keep their identity between renders.
 */
export function useFilledIn<R extends object>(
  rows: readonly R[] | undefined,
  expansion: Expansion,
  known: Found = NOTHING,
): FilledIn<R> {
  const { queries } = useNautobot();
  const reads = useMemo(
    () => (rows ? referenceReads(rows, expansion, known) : null),
    [rows, expansion, known],
  );
  const needed = !!reads && readsAnything(reads);
  const refs = useQuery({ ...queries.references(reads ?? NO_READS), enabled: needed });
  const filled = useMemo(() => {
    if (!rows || (needed && !refs.data)) return undefined;
    if (!needed && known === NOTHING) return [...rows];
    return fillReferences(rows, expansion, mergeFound(known, refs.data ?? {}));
  }, [rows, needed, refs.data, expansion, known]);
  return { rows: filled, error: refs.error };
}
