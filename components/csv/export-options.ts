import { z } from 'zod';
import type { CsvDelimiter } from '@/lib/csv/parse';

/**
 * The delimiter and byte-order-mark choice, remembered per browser: whoever needs semicolons for their Excel
 * locale needs them every time.
 */
const schema = z.object({ delimiter: z.enum([',', ';', '\t', '|']), bom: z.boolean() });
export type ExportFormat = { delimiter: CsvDelimiter; bom: boolean };

const KEY = 'lb-ui:csv-export-format';

export function readExportFormat(): ExportFormat {
  try {
    const parsed = schema.safeParse(JSON.parse(window.localStorage.getItem(KEY) ?? 'null'));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable or disabled storage: the defaults.
  }
  return { delimiter: ',', bom: false };
}

export function writeExportFormat(format: ExportFormat) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(format));
  } catch {
    // Only the remembering is lost.
  }
}
