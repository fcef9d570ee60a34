import type { NautobotClient } from '../api/client';
import type { FieldIssue } from './definition';
import type { AnyFormDef, FormValues } from './registry';

export type Duplicate = FieldIssue & { existing: { id: string; display: string } };

/**
 * Nautobot's uniqueness rules, asked of Nautobot before saving, so the message can name the object already
 * there rather than "must make a unique set". Nautobot still enforces them; this only explains earlier.
 */
export async function findDuplicates(
  client: NautobotClient,
  def: AnyFormDef,
  values: FormValues,
  selfId?: string,
  signal?: AbortSignal,
): Promise<Duplicate[]> {
  const found = await Promise.all(
    def.unique.map(async (rule): Promise<Duplicate | null> => {
      const filters = rule.filters(values);
      if (!filters) return null;
      const page = await client.list(def.resource, { filters, limit: 10, depth: 0 }, { signal });
      const rows = page.results as unknown as (Record<string, unknown> & { id: string; display: string })[];
      const clash = rows.find((row) => row.id !== selfId && (rule.matches?.(row, values) ?? true));
      if (!clash) return null;
      return {
        field: rule.field,
        message: rule.message(clash.display),
        existing: { id: clash.id, display: clash.display },
      };
    }),
  );
  return found.filter((d): d is Duplicate => d !== null);
}
