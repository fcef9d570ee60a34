'use client';
import { useQueries } from '@tanstack/react-query';
import type { EndpointKey } from '@/lib/api/endpoints';
import { useNautobot } from '@/components/providers/nautobot-context';
import { optionDef, toOption } from '../pickers/reference-options';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ResolvedReference = { id: string; label: string; pending: boolean };

/**
 * Names for ids taken from a URL, each read with the same detail query the pickers use, so one answer
 * serves both. Nautobot also filters some references by name, so a value that is not a UUID is its own
 * label; an id that cannot be read (deleted, no permission) shows as itself rather than loading forever.
 */
export function useReferenceLabels(endpoint: EndpointKey, ids: readonly string[]): ResolvedReference[] {
  const { queries } = useNautobot();
  const { depth } = optionDef(endpoint);
  const results = useQueries({
    queries: ids.map((id) => ({ ...queries.detail(endpoint, id, { depth }), enabled: UUID.test(id) })),
  });
  return ids.map((id, i) => {
    const result = results[i];
    if (!UUID.test(id) || !result) return { id, label: id, pending: false };
    if (result.data) return { id, label: toOption(endpoint, result.data).label, pending: false };
    return { id, label: result.isError ? id : 'Loading…', pending: !result.isError };
  });
}
