'use client';
import GlobalStyles from '@mui/material/GlobalStyles';
import type { Theme } from '@mui/material/styles';
import { visuallyHiddenStyle } from './visually-hidden';

/**
 * Class names of the small values tables repeat thousands of times (an empty value, a status chip, a link, yes/no).
 * They are plain elements styled by one global rule set: per-element MUI components (`Chip`, `Link`, `Box`
 * with `sx`) made a 1,000-row page spend about a second in React alone.
 */
export const plain = {
  srOnly: 'lb-sr-only',
  none: 'lb-none',
  link: 'lb-link',
  chip: 'lb-chip',
  yesNo: 'lb-yes-no',
  /** A short value still to come: a still bar in the value's place (as a Skeleton without its pulse). */
  pending: 'lb-pending',
  /** A pool's "3/4", with its warning sign when down to one member. */
  counts: 'lb-counts',
} as const;

const styles = (theme: Theme) => {
  const { palette, shape } = theme.vars ?? theme;
  return {
    [`.${plain.srOnly}`]: visuallyHiddenStyle,
    [`.${plain.none}`]: { color: palette.text.secondary },
    // As the theme's MuiLink: primary.dark keeps 4.5:1 on tinted (hovered, selected) rows.
    [`.${plain.link}`]: {
      color: palette.primary.dark,
      textDecoration: 'underline',
      textDecorationColor: 'color-mix(in srgb, currentColor 40%, transparent)',
      textUnderlineOffset: '2px',
    },
    [`.${plain.link}:hover`]: { textDecorationColor: 'currentColor' },
    [`.${plain.link}:focus-visible`]: {
      outline: `2px solid ${palette.primary.main}`,
      outlineOffset: '2px',
      borderRadius: shape.borderRadius,
    },
    [`.${plain.chip}`]: {
      display: 'inline-flex',
      alignItems: 'center',
      height: 24,
      padding: '0 8px',
      borderRadius: 12,
      fontSize: '0.8125rem',
      lineHeight: 1,
      whiteSpace: 'nowrap',
      verticalAlign: 'middle',
      border: '1px solid transparent',
      backgroundColor: palette.action.selected,
      color: palette.text.primary,
    },
    [`.${plain.chip}[data-variant="outlined"]`]: {
      backgroundColor: 'transparent',
      borderColor: palette.divider,
    },
    [`.${plain.yesNo}`]: { display: 'inline-flex', alignItems: 'center', gap: 4 },
    [`.${plain.yesNo} svg`]: { width: 20, height: 20, flexShrink: 0, color: palette.text.secondary },
    [`.${plain.yesNo}[data-value="yes"] svg`]: { color: palette.success.main },
    [`.${plain.counts}`]: { display: 'inline-flex', alignItems: 'center', gap: 4 },
    [`.${plain.pending}`]: {
      display: 'inline-block',
      width: 28,
      height: '0.8em',
      verticalAlign: 'middle',
      borderRadius: shape.borderRadius,
      backgroundColor: palette.action.hover,
    },
  };
};

/** Mounted once, beside CssBaseline. */
export function PlainStyles() {
  return <GlobalStyles styles={styles} />;
}
