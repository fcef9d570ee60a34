import { describe, expect, it } from 'vitest';
import { getContrastRatio, lighten } from '@mui/material/styles';
import { theme } from './theme';

/** WCAG 2.2 AA for normal-size text. */
const AA = 4.5;

describe('light theme contrast (axe flagged these on the lists and the bulk dialogs)', () => {
  const { palette } = theme;

  it('warning text, as on the outlined Drain and Mark Failed buttons, reads on white', () => {
    expect(getContrastRatio(palette.warning.main, palette.background.paper)).toBeGreaterThanOrEqual(AA);
  });

  it('links read on a row that is both selected and hovered', () => {
    const tint = palette.action.selectedOpacity + palette.action.hoverOpacity;
    // An overlay of primary at that opacity on white, as MUI draws the row.
    const row = lighten(palette.primary.main, 1 - tint);
    const link = theme.components?.MuiLink?.defaultProps?.color;
    expect(link).toBe('primary.dark');
    expect(getContrastRatio(palette.primary.dark, row)).toBeGreaterThanOrEqual(AA);
    // The default link colour would not: the reason for the override.
    expect(getContrastRatio(palette.primary.main, row)).toBeLessThan(AA);
  });
});
