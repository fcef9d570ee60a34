import { z } from 'zod';
import type { FormValues } from '@/lib/forms/registry';

/**
 * Unsaved form input, kept in sessionStorage (this tab only, gone when it closes) until saved or discarded, so a
 * reload, a crash or a wrong click loses nothing. The draft remembers what the object looked like when editing
 * began, so a later save still notices if someone changed it in Nautobot meanwhile.
 */
const draftSchema = z.object({
  values: z.record(z.string(), z.unknown()),
  base: z.object({ values: z.record(z.string(), z.unknown()), lastUpdated: z.string().nullable() }),
  savedAt: z.string(),
  /** Set when a new object was created but its certificate profiles were not: retrying must not create it again. */
  savedId: z.string().optional(),
});
export type Draft = z.infer<typeof draftSchema>;

const PREFIX = 'lb-ui:draft:';

export const draftKey = (resource: string, target: string) => `${PREFIX}${resource}:${target}`;

export function readDraft(key: string): Draft | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    if (!raw) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: FormValues, base: Draft['base'], savedId?: string) {
  try {
    const draft: Draft = { values, base, savedAt: new Date().toISOString(), savedId };
    window.sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only the safety net is gone.
  }
}

export function clearDraft(key: string) {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // As above.
  }
}
