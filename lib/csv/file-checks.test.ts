import { describe, expect, it } from 'vitest';
import { checkFile } from './file-checks';
import { exportFileName, rejectedFileName } from './file-name';
import { mapHeaders } from './header-map';
import { parseCsv, type CsvDelimiter } from './parse';

const MEMBERS = 'load-balancer-pool-members';

async function check(lines: string[], delimiter?: CsvDelimiter) {
  const csv = await parseCsv(lines.join('\n'), { delimiter });
  return checkFile(MEMBERS, csv, mapHeaders(MEMBERS, csv.headers)).map(
    (n) => `${n.severity}${n.blocking ? '!' : ''}: ${n.message}`,
  );
}

describe('checkFile', () => {
  it('has nothing to say about a well-formed file', async () => {
    expect(await check(['Pool,IP address,Port,Status', 'api-pool,10.20.1.10/32 (Global),80,Active'])).toEqual(
      [],
    );
  });

  it('names the delimiter a file forced onto the wrong one is really split by', async () => {
    expect(await check(['Pool;IP address;Port;Status', 'api-pool;10.20.1.10;80;Active'], ',')).toEqual([
      'error!: The header reads as one column, “Pool;IP address;Port;Status”, when split by comma: the file looks separated by semicolon. Choose that delimiter.',
    ]);
  });

  it('says when most rows do not line up with the header, and which delimiter they use', async () => {
    expect(
      await check([
        'Pool,IP address,Port,Status',
        'api-pool;10.20.1.10;80;Active',
        'api-pool;10.20.1.11;80;Active',
      ]),
    ).toEqual([
      'error!: 2 of 2 rows do not have the header’s 4 cells when split by comma. The rows look separated by semicolon: choose that delimiter.',
    ]);
  });

  it('lists a few rows with a missing cell without blocking the rest', async () => {
    expect(
      await check([
        'Pool,IP address,Port,Status',
        'api-pool,10.20.1.10,80,Active',
        'api-pool,10.20.1.11,80',
        'api-pool,10.20.1.12,80,Active',
      ]),
    ).toEqual([
      'warning: Line 3 does not have the header’s 4 cells (a missing or extra comma, or a cell that needs quotes): it is not imported.',
    ]);
  });

  it('blocks a header that names no field, and reports unknown columns and unfilled required fields', async () => {
    const none = await check(['colour,size', 'red,big']);
    expect(none[0]).toMatch(/^error!: No column names a pool member field \(“colour”, “size”\)/);
    const some = await check(['Pool,Port,weight', 'api-pool,80,3']);
    expect(some).toEqual([
      'warning: “weight” matches no pool member field and is not imported.',
      'warning: No column gives IP address, which a new object needs: only rows with an id (updates) can be imported.',
      'warning: No column gives Status, which a new object needs: only rows with an id (updates) can be imported.',
    ]);
  });

  it('blocks a header without rows', async () => {
    expect(await check(['Pool,IP address,Port,Status'])).toEqual([
      'error!: The file has a header but no rows to import.',
    ]);
  });
});

describe('file names', () => {
  it('names an export after the model and the local date, and rejected rows after their file', () => {
    expect(exportFileName(MEMBERS, new Date(2025, 0, 5, 23, 30))).toBe(
      'load-balancer-pool-members-2025-01-05.csv',
    );
    expect(rejectedFileName(MEMBERS, 'new members.csv')).toBe('new members-rejected.csv');
    expect(rejectedFileName(MEMBERS, null)).toBe('load-balancer-pool-members-rejected.csv');
  });
});
