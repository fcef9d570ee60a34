/**
 * A file's bytes as text. CSV files are UTF-8 when saved as "CSV UTF-8" or by our export, but Excel's plain "CSV"
 * on Western Windows is Windows-1252, whose accented letters are not valid UTF-8: reading those as UTF-8 would
 * turn "Zürich" into "Z�rich" and import it so. Such a file is read as Windows-1252 instead, and the caller says so.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
