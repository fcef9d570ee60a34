'use client';
import { useCallback, useState } from 'react';
import type { IsOpen } from './map-model';

type Choices = ReadonlyMap<string, boolean>;
type State = { browse: Choices; term: string; search: Choices };

const NONE: Choices = new Map();

/**
 * Which rows the user opened or closed. A search opens what it matched; what the user then opens or closes
 * holds for that search only, and clearing it brings back the rows as they were before searching.
 */
export function useMapExpansion(term: string) {
  const [state, setState] = useState<State>({ browse: NONE, term: '', search: NONE });
  const choices = term ? (state.term === term ? state.search : NONE) : state.browse;

  const isOpen: IsOpen = useCallback((key, byDefault) => choices.get(key) ?? byDefault, [choices]);

  const setOpen = useCallback(
    (key: string, open: boolean) =>
      setState((s) => {
        if (!term) return { ...s, browse: new Map(s.browse).set(key, open) };
        const current = s.term === term ? s.search : NONE;
        return { ...s, term, search: new Map(current).set(key, open) };
      }),
    [term],
  );

  return { isOpen, setOpen };
}
