import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './write';

describe('toCsv', () => {
  it('quotes only the cells that need it, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    // The delimiter in use decides: a comma needs no quotes in a semicolon file.
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
  });

  it('ends every line with CRLF and starts with a BOM only when asked', () => {
    expect(
      toCsv([
        ['id', 'name'],
        ['1', 'x'],
      ]),
    ).toBe('id,name\r\n1,x\r\n');
    expect(toCsv([['a']], { bom: true })).toBe('\uFEFFa\r\n');
    expect(toCsv([['a', 'b']], { delimiter: '\t' })).toBe('a\tb\r\n');
  });
});
