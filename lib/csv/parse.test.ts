import { describe, expect, it } from 'vitest';
import { CsvParseError, detectDelimiter, parseCsv, type CsvProgress } from './parse';
import { toCsv } from './write';

async function failure(text: string, options?: Parameters<typeof parseCsv>[1]): Promise<CsvParseError> {
  try {
    await parseCsv(text, options);
  } catch (e) {
    if (e instanceof CsvParseError) return e;
    throw e;
  }
  throw new Error('parsed without error');
}

describe('parseCsv: RFC 4180', () => {
  it('reads quoted cells, doubled quotes and line breaks inside quotes, keeping line numbers', async () => {
    const text = 'name,note,port\r\n"web, east","say ""hi""",80\r\n"two\r\nlines","a\nb",443\r\nlast,x,1\r\n';
    const csv = await parseCsv(text);
    expect(csv.headers).toEqual(['name', 'note', 'port']);
    expect(csv.rows.map((r) => r.cells)).toEqual([
      ['web, east', 'say "hi"', '80'],
      ['two\r\nlines', 'a\nb', '443'],
      ['last', 'x', '1'],
    ]);
    // The row on line 3 holds two quoted line breaks, so the last row starts on line 6.
    expect(csv.rows.map((r) => r.line)).toEqual([2, 3, 6]);
    expect(csv.problems).toEqual([]);
  });

  it('accepts LF and CR line ends, a BOM, blank lines and a missing final newline', async () => {
    const csv = await parseCsv('\uFEFFa,b\n1,2\n\n3,4\r5,6');
    expect(csv.headers).toEqual(['a', 'b']);
    expect(csv.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [2, '1', '2'],
      [4, '3', '4'],
      [5, '5', '6'],
    ]);
  });

  it('keeps empty cells, including a trailing one, and skips rows of empty cells (Excel leaves them)', async () => {
    const csv = await parseCsv('a,b,c\n1,,\n,,\n,2,""\n');
    expect(csv.rows.map((r) => r.cells)).toEqual([
      ['1', '', ''],
      ['', '2', ''],
    ]);
  });

  it('reads back what toCsv writes, whatever the cells hold', async () => {
    const cells = [
      ['id', 'label', 'note'],
      ['1', ' padded ', 'semi;colon'],
      ['2', 'quote " inside', 'multi\nline'],
      ['3', '', '|pipe|'],
    ];
    for (const delimiter of [',', ';', '\t', '|'] as const) {
      const csv = await parseCsv(toCsv(cells, { delimiter, bom: true }));
      expect(csv.delimiter).toBe(delimiter);
      expect([csv.headers, ...csv.rows.map((r) => r.cells)]).toEqual(cells);
    }
  });
});

describe('parseCsv: the delimiter', () => {
  it('is the candidate seen most often in the header line, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,2;3;4')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a|b|c')).toBe('|');
    expect(detectDelimiter('"x;y;z",b,c')).toBe(',');
    // One column: nothing to tell, so comma.
    expect(detectDelimiter('name\nweb')).toBe(',');
  });

  it('is reported, and can be forced', async () => {
    expect((await parseCsv('a;b\n1;2')).delimiter).toBe(';');
    const forced = await parseCsv('a;b\n1;2', { delimiter: ',' });
    expect(forced.headers).toEqual(['a;b']);
  });
});

describe('parseCsv: files that cannot be read', () => {
  it('an empty file (or only blank lines, or only a BOM)', async () => {
    for (const text of ['', '\uFEFF', '\n\r\n  \n']) {
      const e = await failure(text);
      expect(e.code).toBe('empty');
      expect(e.message).toBe('The file is empty.');
    }
  });

  it('a first line that is data, not column names', async () => {
    const cases = [
      '3f1c2b8e-5d1a-4c3e-9f0a-0b1c2d3e4f50,10.0.0.5/32,80',
      'web-01,10.20.1.10,80',
      'web-01,2001:db8::1,443',
    ];
    for (const text of cases) {
      const e = await failure(`${text}\nmore,data,1`);
      expect(e.code).toBe('missing-header');
      expect(e.line).toBe(1);
      expect(e.message).toMatch(/^Line 1 looks like data \(“.+”\), not column names/);
    }
    // Words with digits in them are names, not data.
    await expect(parseCsv('ip_address,port,http2_enabled\n10.0.0.1,80,true')).resolves.toBeTruthy();
  });

  it('an unterminated quote, reported on the line where the cell starts', async () => {
    const e = await failure('a,b\n1,2\n3,"never\nclosed,4\n5,6\n');
    expect(e.code).toBe('unterminated-quote');
    expect(e.line).toBe(3);
    expect(e.message).toContain('Line 3: a quoted cell starts here but its closing quote (") is missing');
  });

  it('more rows than the limit, with a message rather than a crash', async () => {
    const text = ['a,b', ...Array.from({ length: 11 }, (_, i) => `${i},x`)].join('\n');
    await expect(parseCsv(text, { maxRows: 11 })).resolves.toHaveProperty('rows.length', 11);
    const e = await failure(text, { maxRows: 10 });
    expect(e.code).toBe('too-many-rows');
    expect(e.line).toBe(12);
    expect(e.message).toBe(
      'The file has more than 10 rows (the limit): split it and import the parts one after another.',
    );
  });
});

describe('parseCsv: rows that do not fit the header', () => {
  it('are kept with a problem naming the line and both counts; the others read normally', async () => {
    const csv = await parseCsv('a,b,c\n1,2,3\n1,2\n1,2,3,4\n"x\ny",2,3\n');
    expect(csv.rows.map((r) => r.problem ?? null)).toEqual([
      null,
      'Line 3 has 2 cells but the header has 3: a delimiter is missing or extra, or a cell needs quotes.',
      'Line 4 has 4 cells but the header has 3: a delimiter is missing or extra, or a cell needs quotes.',
      null,
    ]);
    expect(csv.problems.map((p) => p.line)).toEqual([3, 4]);
    expect(csv.rows[2]?.cells).toEqual(['1', '2', '3', '4']);
  });
});

describe('parseCsv: large files', () => {
  it('reads 50,000 rows, yielding to the event loop and reporting progress', async () => {
    const lines = ['id,ip_address,port,label'];
    for (let i = 0; i < 50_000; i++)
      lines.push(`,10.20.${i >> 8}.${i & 255}/32 (Global),${i % 65536},"m ${i}, ok"`);
    const text = lines.join('\r\n');
    const progress: CsvProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const csv = await parseCsv(text, { onProgress: (p) => progress.push(p) });
    clearInterval(timer);

    expect(csv.rows).toHaveLength(50_000);
    expect(csv.rows[49_999]).toEqual({
      line: 50_001,
      cells: ['', '10.20.195.79/32 (Global)', '49999', 'm 49999, ok'],
    });
    // Progress every 2,000 rows, ending at the whole file.
    expect(progress.length).toBeGreaterThanOrEqual(25);
    expect(progress.at(-1)).toEqual({ rows: 50_000, bytes: text.length, totalBytes: text.length });
    expect(progress.map((p) => p.rows)).toEqual([...progress.map((p) => p.rows)].sort((a, b) => a - b));
    // Other tasks ran while it parsed: the tab did not freeze.
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops when its signal is aborted', async () => {
    const text = ['a', ...Array.from({ length: 10_000 }, (_, i) => `row ${i}`)].join('\n');
    const controller = new AbortController();
    const parsing = parseCsv(text, {
      signal: controller.signal,
      onProgress: (p) => p.rows >= 2000 && controller.abort(),
    });
    await expect(parsing).rejects.toThrow(/abort/i);
  });
});
