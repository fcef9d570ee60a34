import type { ObjectStatus } from '@/lib/status/types';

/**
 * Fill colours of F5's icons. Green, red and blue keep 3:1 against both themes' backgrounds; yellow, black
 * and gray rely on the outline drawn in the text colour.
 */
export const statusFill = {
  available: '#2e9d3a',
  unavailable: '#f2c200',
  offline: '#d32f2f',
  unknown: '#1f6fd1',
  disabled: '#000000',
  'disabled-by-parent': '#8a8a8a',
} as const;

export function fillOf(status: Pick<ObjectStatus, 'availability' | 'admin'>): string {
  if (status.admin === 'disabled') return statusFill.disabled;
  if (status.admin === 'disabled-by-parent') return statusFill['disabled-by-parent'];
  return statusFill[status.availability];
}
