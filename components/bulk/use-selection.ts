'use client';
import { useCallback, useRef, useState } from 'react';
import type { ResourceKey } from '@/lib/api/resources';
import { selectMatching, type MatchingQuery } from '@/lib/bulk/select-matching';
import { useNautobot } from '@/components/providers/nautobot-context';

export type MatchingProgress = { fetched: number; total: number };

type State = {
  /** The search and filters the ids were chosen under. */
  scope: string;
  ids: ReadonlySet<string>;
  /** Every id matching the scope was selected (until one is unticked). */
  allMatching: boolean;
};

const EMPTY: ReadonlySet<string> = new Set();

export type Selection = {
  ids: ReadonlySet<string>;
  allMatching: boolean;
  /** Ids are lowercase (as the bulk engine keeps them). */
  has: (id: string) => boolean;
  toggle: (id: string) => void;
  setMany: (ids: readonly string[], selected: boolean) => void;
  clear: () => void;
  /** The last selection was dropped because the search or filters changed. */
  resetByFilter: boolean;
  /** While "select all matching" reads ids from Nautobot. */
  progress: MatchingProgress | null;
  error: string | null;
  selectAllMatching: () => Promise<void>;
  cancelMatching: () => void;
};

/**
 * Which objects of a list are selected, by id only: a page of rows comes and goes with paging, the ids stay. A
 * selection belongs to the search and filters it was made under (the rows it means would change with them), so
 * a different scope starts empty; nothing is stored, the scope is compared when read.
 */
export function useSelection(resource: ResourceKey, query: MatchingQuery): Selection {
  const { client } = useNautobot();
  const scope = JSON.stringify([resource, query.q ?? '', query.filters ?? {}]);
  const [state, setState] = useState<State>({ scope, ids: EMPTY, allMatching: false });
  const [progress, setProgress] = useState<MatchingProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const current = state.scope === scope;
  const ids = current ? state.ids : EMPTY;
  const allMatching = current && state.allMatching;

  const edit = useCallback(
    (change: (ids: Set<string>) => void) =>
      setState((s) => {
        const next = new Set(s.scope === scope ? s.ids : EMPTY);
        change(next);
        return { scope, ids: next, allMatching: false };
      }),
    [scope],
  );
  const toggle = useCallback(
    (id: string) =>
      edit((next) => {
        const key = id.toLowerCase();
        if (!next.delete(key)) next.add(key);
      }),
    [edit],
  );
  const setMany = useCallback(
    (list: readonly string[], selected: boolean) =>
      edit((next) => {
        for (const id of list) {
          if (selected) next.add(id.toLowerCase());
          else next.delete(id.toLowerCase());
        }
      }),
    [edit],
  );
  const clear = useCallback(() => setState({ scope, ids: EMPTY, allMatching: false }), [scope]);

  const selectAllMatching = async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setProgress({ fetched: 0, total: 0 });
    try {
      const result = await selectMatching(client, resource, query, {
        signal: controller.signal,
        onProgress: setProgress,
      });
      setState({ scope, ids: new Set(result.ids), allMatching: true });
    } catch (e) {
      if (!controller.signal.aborted) setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (abort.current === controller) {
        abort.current = null;
        setProgress(null);
      }
    }
  };
  const cancelMatching = () => {
    abort.current?.abort();
    abort.current = null;
    setProgress(null);
  };

  return {
    ids,
    allMatching,
    has: (id) => ids.has(id.toLowerCase()),
    toggle,
    setMany,
    clear,
    resetByFilter: !current && state.ids.size > 0,
    progress,
    error,
    selectAllMatching,
    cancelMatching,
  };
}
