import type { Ref } from '../api/schemas/common';
import type { Picked } from './fields';

/** A nested reference (depth ≥ 1) as a picker value. */
export function picked(ref: Ref | null | undefined): Picked | null {
  if (!ref) return null;
  return { id: ref.id, label: ref.display ?? ref.name ?? ref.id };
}

export const pickedList = (refs: readonly Ref[] | undefined): Picked[] =>
  (refs ?? []).map((r) => picked(r)).filter((p): p is Picked => p !== null);

export const idOf = (value: Picked | null) => (value ? value.id : null);
