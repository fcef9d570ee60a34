import type { NautobotClient } from '../api/client';
import type { EndpointKey, EndpointRow } from '../api/endpoints';
import { chunks, IDS_PER_READ } from './chunks';

export type RowsByIdOptions = {
  depth?: number;
  /** Nautobot 3 leaves certificate profiles out unless this is false. */
  excludeM2m?: boolean;
  signal?: AbortSignal;
  /** Ids per request (each one lengthens the URL). */
  chunkSize?: number;
};

/**
 * The objects with these ids, read a few dozen at a time, so a caller can deal with each batch and let it go.
 * Yields every requested id with the rows found for them; an id without a row no longer exists or is hidden.
 */
export async function* rowsById<K extends EndpointKey>(
  client: NautobotClient,
  key: K,
  ids: readonly string[],
  { depth = 0, excludeM2m, signal, chunkSize = IDS_PER_READ }: RowsByIdOptions = {},
): AsyncGenerator<{ ids: string[]; rows: EndpointRow<K>[] }> {
  for (const batch of chunks(ids, chunkSize)) {
    const page = await client.list(
      key,
      { filters: { id: batch.map((id) => id.toLowerCase()) }, limit: batch.length, depth, excludeM2m },
      { signal },
    );
    yield { ids: batch, rows: page.results };
  }
}
