import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { FieldDiff, PlannedObject } from '@/lib/bulk/plan';
import { BulkPlanPreview } from './bulk-plan-preview';

const diff = (field: string, beforeText: string, afterText: string): FieldDiff => ({
  field,
  label: field[0]?.toUpperCase() + field.slice(1),
  before: beforeText,
  after: afterText,
  beforeText,
  afterText,
});

const planned = (id: string, diffs: FieldDiff[]): PlannedObject => ({
  id,
  display: id,
  lastUpdated: null,
  status: 'change',
  patch: {},
  revert: {},
  certificates: null,
  diffs,
  issues: [],
  warnings: [],
});

describe('bulk edit preview', () => {
  it('names each object once, as the header of all its lines, with no empty row header (axe: empty-table-header)', () => {
    render(
      <BulkPlanPreview
        plan={{
          resource: 'load-balancer-pool-members',
          objects: [
            planned('10.20.1.10:80', [diff('port', '80', '8080'), diff('status', 'Active', 'Maintenance')]),
            planned('10.20.1.11:80', [diff('port', '80', '8080')]),
          ],
        }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Planned changes' });
    // Long plans scroll: the keyboard must reach the scroller (axe: scrollable-region-focusable).
    expect(screen.getByRole('region', { name: 'Planned changes, scrollable' }).tabIndex).toBe(0);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['10.20.1.10:80', '10.20.1.11:80']);
    const first = within(table).getByRole('rowheader', { name: '10.20.1.10:80' });
    expect(first.getAttribute('rowspan')).toBe('2');
    const [, line1, line2] = within(table).getAllByRole('row');
    expect([...(line1?.children ?? [])].map((c) => c.textContent)).toEqual([
      '10.20.1.10:80',
      'Will change',
      'Port',
      '80 → 8080',
    ]);
    // The second line of the same object: only its field and change, under the spanning header.
    expect([...(line2?.children ?? [])].map((c) => c.textContent)).toEqual([
      'Status',
      'Active → Maintenance',
    ]);
  });
});
