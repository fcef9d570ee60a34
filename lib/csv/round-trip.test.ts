import { describe, expect, it } from 'vitest';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { seedId } from '@/mocks/seed/ids';
import { resourceKeys } from '../api/resources';
import { exportableColumns, exportCsv } from './export';
import { planImport } from './import-plan';
import { parseCsv } from './parse';

const { fake, requests } = setupFakeNautobot();
const client = fakeClient();

describe('export, then import of the same file', () => {
  it.each(resourceKeys)(
    '%s: every row reads back as "unchanged", with references resolved',
    async (resource) => {
      // Tags on a few objects, so the list column carries more than one name.
      for (const row of fake.db.rows(resource).slice(0, 3)) row.tags = [seedId('tag', 0), seedId('tag', 2)];
      const exported = await exportCsv(client, { resource, columns: exportableColumns(resource) });
      expect(exported.csv).toMatch(/,pci-scope\|migration-2027(,|\r\n)/);
      expect(exported.countChanged).toBeNull();
      const csv = await parseCsv(exported.csv);
      expect(csv.rows).toHaveLength(exported.rows);

      requests.length = 0;
      const plan = await planImport(client, resource, csv);
      const wrong = plan.rows.filter((r) => r.action !== 'unchanged' || r.errors.length);
      expect(wrong.map((r) => ({ line: r.line, action: r.action, body: r.body, errors: r.errors }))).toEqual(
        [],
      );
      expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: exported.rows, invalid: 0 });
      expect(plan.mapping.ignored.map((i) => i.column)).toEqual(['display']);
      // Batched: a handful of reads whatever the number of rows, and no writes.
      expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(requests.length).toBeLessThanOrEqual(18);
    },
  );
});
