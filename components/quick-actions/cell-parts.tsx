'use client';
import type { Theme } from '@mui/material/styles';

/**
 * How the quick-action and inline-edit parts of a table look, given once to the table as one style rule set.
 * The parts themselves are plain elements marked with data attributes: a page of 1,000 rows holds three buttons
 * a row, and per-element MUI styling (IconButton, `sx`, `styled`) costs more than the rest of the row.
 */
export const cellPartStyles = (theme: Theme) =>
  ({
    '& [data-inline-cell]': {
      display: 'inline-flex',
      flexDirection: 'column',
      alignItems: 'flex-start',
      maxWidth: '100%',
    },
    '& [data-inline-value]': { display: 'inline-flex', alignItems: 'center', gap: '4px' },
    '& [data-inline-failure]': { color: theme.palette.error.main, fontSize: '0.75rem' },
    '& [data-cell-button]': {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      flexShrink: 0,
      padding: '4px',
      border: 0,
      borderRadius: '50%',
      background: 'transparent',
      color: theme.palette.text.secondary,
      cursor: 'pointer',
    },
    '& [data-cell-button]:hover': {
      backgroundColor: theme.palette.action.hover,
      color: theme.palette.text.primary,
    },
    '& [data-cell-button]:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 1,
    },
    '& [data-cell-button][aria-busy="true"]': { cursor: 'progress' },
    // The pencil shows on the row under the pointer or on focus; always on touch screens, which have no hover.
    '& [data-inline-pencil]': { opacity: 0 },
    '& tr:hover [data-inline-pencil], & [data-inline-pencil]:focus-visible, & [data-inline-pencil][data-shown]':
      {
        opacity: 1,
      },
    '@media (hover: none)': { '& [data-inline-pencil]': { opacity: 1 } },
  }) as const;

const Svg = ({ d }: { d: string }) => (
  <svg viewBox="0 0 24 24" width={18} height={18} fill="currentColor" aria-hidden="true" focusable="false">
    <path d={d} />
  </svg>
);

// Material icons' paths (EditOutlined, MoreVert), drawn without an SvgIcon component per row.
export const PencilIcon = () => (
  <Svg d="m14.06 9.02.92.92L5.92 19H5v-.92zM17.66 3c-.25 0-.51.1-.7.29l-1.83 1.83 3.75 3.75 1.83-1.83c.39-.39.39-1.02 0-1.41l-2.34-2.34c-.2-.2-.45-.29-.71-.29m-3.6 3.19L3 17.25V21h3.75L17.81 9.94z" />
);
export const MoreIcon = () => (
  <Svg d="M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2" />
);
