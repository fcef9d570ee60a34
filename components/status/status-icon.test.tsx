import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/components/test-utils/render';
import type { AdminState, Availability } from '@/lib/status/types';
import { StatusIcon } from './status-icon';
import { statusFill } from './status-colors';

const AVAILABILITIES: readonly (readonly [Availability, string])[] = [
  ['available', 'Available'],
  ['unavailable', 'Unavailable'],
  ['offline', 'Offline'],
  ['unknown', 'Unknown'],
];
const ADMIN: readonly (readonly [AdminState, string])[] = [
  ['enabled', 'Enabled'],
  ['disabled', 'Disabled'],
  ['disabled-by-parent', 'Disabled by parent'],
];
const PAIRS = AVAILABILITIES.flatMap(([a, aLabel]) =>
  ADMIN.map(([admin, adminLabel]) => ({ availability: a, admin, name: `${aLabel} (${adminLabel})` })),
);

/** The drawn shape, read from the SVG: what a sighted user tells the availability by. */
function shapeOf(img: HTMLElement): string {
  const shape = img.querySelector('svg')?.firstElementChild;
  if (!shape) return 'none';
  if (shape.tagName === 'circle') return 'circle';
  if (shape.tagName === 'rect') return 'square';
  const corners = (shape.getAttribute('points') ?? '').trim().split(/\s+/).length;
  return corners === 3 ? 'triangle' : corners === 4 ? 'diamond' : 'polygon';
}
const fillOf = (img: HTMLElement) => img.querySelector('svg')?.firstElementChild?.getAttribute('fill');

const SHAPES: Record<Availability, string> = {
  available: 'circle',
  unavailable: 'triangle',
  offline: 'diamond',
  unknown: 'square',
};

describe('StatusIcon', () => {
  it.each(PAIRS)('names $name with its reason, in F5’s shape and colour', ({ availability, admin, name }) => {
    renderWithProviders(<StatusIcon status={{ availability, admin, reason: 'Why it is so' }} />);
    const img = screen.getByRole('img', { name: `${name}: Why it is so` });
    expect(shapeOf(img)).toBe(SHAPES[availability]);
    const fill =
      admin === 'enabled'
        ? statusFill[availability]
        : admin === 'disabled'
          ? statusFill.disabled
          : statusFill[admin];
    expect(fillOf(img)).toBe(fill);
  });

  it('draws the shape with an outline, so yellow on white and black on dark still show', () => {
    renderWithProviders(
      <StatusIcon
        status={{ availability: 'unavailable', admin: 'enabled', reason: 'Every member drained' }}
      />,
    );
    const shape = screen.getByRole('img').querySelector('svg')?.firstElementChild;
    expect(shape?.getAttribute('stroke')).toBe('currentColor');
  });

  it('shows the title and reason in a tooltip on hover, without changing the name', async () => {
    renderWithProviders(
      <StatusIcon
        status={{ availability: 'offline', admin: 'enabled', reason: 'Pool member is marked Failed' }}
      />,
    );
    const img = screen.getByRole('img', { name: 'Offline (Enabled): Pool member is marked Failed' });
    await userEvent.hover(img);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toBe('Offline (Enabled)Pool member is marked Failed');
    expect(screen.getByRole('img', { name: 'Offline (Enabled): Pool member is marked Failed' })).toBe(img);
  });

  it('writes the reason beside a large icon when asked', () => {
    renderWithProviders(
      <StatusIcon
        status={{ availability: 'available', admin: 'disabled', reason: 'Virtual server disabled' }}
        size="large"
        showReason
      />,
    );
    const img = screen.getByRole('img', { name: 'Available (Disabled): Virtual server disabled' });
    expect(img.querySelector('svg')?.getAttribute('width')).toBe('24');
    expect(screen.getByText('Available (Disabled): Virtual server disabled')).toBeTruthy();
  });
});
