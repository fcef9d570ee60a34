import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode';

describe('decodeCsvBytes', () => {
  it('reads UTF-8, without its byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFname\nZürich');
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'name\nZürich', encoding: 'utf-8' });
  });

  it('reads a file that is not UTF-8 as Windows-1252, as Excel on Western Windows writes it', () => {
    const bytes = Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x80]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'name\nZürich€', encoding: 'windows-1252' });
  });
});
