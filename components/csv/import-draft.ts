import { z } from 'zod';
import type { ResourceKey } from '@/lib/api/resources';
import { CSV_DELIMITERS } from '@/lib/csv/parse';

/**
 * What the user loaded or pasted on the import screen and how they mapped its columns, kept in sessionStorage
 * (this tab only) so a reload does not lose it. Browsers allow about 5 MB per site and the form drafts share it,
 * so a file larger than MAX_KEPT_CHARS is not kept: the mapping is, and the screen says the file must be loaded
 * again.
 */
export const MAX_KEPT_CHARS = 1_500_000;

const importDraftSchema = z.object({
  /** The file's name, or null for pasted text. */
  name: z.string().nullable(),
  /** The text, or null when it was too large to keep. */
  text: z.string().nullable(),
  chars: z.number(),
  delimiter: z.enum(CSV_DELIMITERS).nullable(),
  mapping: z.record(z.string(), z.string().nullable()),
  savedAt: z.string(),
});
export type ImportDraft = z.infer<typeof importDraftSchema>;

const key = (resource: ResourceKey) => `lb-ui:csv-import:${resource}`;

export function readImportDraft(resource: ResourceKey): ImportDraft | null {
  try {
    const raw = window.sessionStorage.getItem(key(resource));
    if (!raw) return null;
    const parsed = importDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps the draft; returns whether its text was kept (false when too large, or storage is full or disabled). */
export function writeImportDraft(
  resource: ResourceKey,
  draft: Omit<ImportDraft, 'savedAt' | 'chars'>,
): boolean {
  const chars = draft.text?.length ?? 0;
  const text = chars <= MAX_KEPT_CHARS ? draft.text : null;
  const save = (t: string | null) => {
    try {
      window.sessionStorage.setItem(
        key(resource),
        JSON.stringify({ ...draft, text: t, chars, savedAt: new Date().toISOString() }),
      );
      return true;
    } catch {
      return false;
    }
  };
  if (text !== null && save(text)) return true;
  // Without the text the mapping still fits; the screen tells the user the file was not kept.
  save(null);
  return draft.text === null;
}

export function clearImportDraft(resource: ResourceKey) {
  try {
    window.sessionStorage.removeItem(key(resource));
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}
