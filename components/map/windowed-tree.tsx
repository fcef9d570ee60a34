'use client';
import {
  memo,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import Box from '@mui/material/Box';

export type TreeRow = {
  key: string;
  level: number;
  parentKey: string | null;
  posinset: number;
  setsize: number;
  /** null for a leaf. */
  expanded: boolean | null;
};

type Props<R extends TreeRow> = {
  rows: readonly R[];
  label: string;
  /** Every row is this tall: what makes the window arithmetic exact. */
  rowHeight: number;
  /** Used until the viewport has been measured (and under jsdom, which measures nothing). */
  defaultHeight?: number;
  /** Rows rendered beyond each edge of the viewport, so a quick scroll does not flash blank. */
  overscan?: number;
  describedBy?: string;
  renderRow: (row: R, state: { active: boolean }) => ReactNode;
  /** Row attributes beyond the tree's own (a label, a data attribute). */
  rowProps?: (row: R) => Record<string, string | undefined>;
  onToggle: (row: R, open: boolean) => void;
  /** Enter on a leaf, Shift+Enter on any row: open the object the row stands for. */
  onOpen: (row: R) => void;
  sx?: object;
};

/**
 * An accessible tree that renders only the rows in view, for estates of thousands of rows: the WAI-ARIA tree
 * pattern with flattened rows (aria-level, aria-setsize, aria-posinset, as virtualised trees need, since the
 * DOM never holds every sibling) and one tab stop; the tree keeps focus and points at its active row with
 * aria-activedescendant, so the row keyboard focus is on may scroll out of the DOM without losing focus.
 */
function WindowedTreeInner<R extends TreeRow>({
  rows,
  label,
  rowHeight,
  defaultHeight = 600,
  overscan = 10,
  describedBy,
  renderRow,
  rowProps,
  onToggle,
  onOpen,
  sx,
}: Props<R>) {
  const idPrefix = useId();
  const viewport = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(defaultHeight);
  const [activeKey, setActiveKey] = useState<string | null>(null);

  const measure = useCallback(
    (el: HTMLDivElement | null) => {
      viewport.current = el;
      if (!el || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => setHeight(el.clientHeight || defaultHeight));
      observer.observe(el);
      return () => observer.disconnect();
    },
    [defaultHeight],
  );

  const indexByKey = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  // The active row may have been filtered away: fall back to the first.
  const activeIndex = activeKey === null ? 0 : (indexByKey.get(activeKey) ?? 0);
  const active = rows[activeIndex];
  const rowId = (i: number) => `${idPrefix}-row-${i}`;

  const maxScroll = Math.max(0, rows.length * rowHeight - height);
  const top = Math.min(scrollTop, maxScroll);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(rows.length - 1, Math.ceil((top + height) / rowHeight) + overscan);
  const visible: number[] = [];
  for (let i = first; i <= last; i++) visible.push(i);
  // aria-activedescendant must name an element in the DOM, even when the user scrolled it away.
  if (active && (activeIndex < first || activeIndex > last)) visible.push(activeIndex);

  const scrollTo = (next: number) => {
    const clamped = Math.max(0, Math.min(next, maxScroll));
    if (viewport.current) viewport.current.scrollTop = clamped;
    setScrollTop(clamped);
  };

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(index, rows.length - 1));
    const row = rows[i];
    if (!row) return;
    setActiveKey(row.key);
    if (i * rowHeight < top) scrollTo(i * rowHeight);
    else if ((i + 1) * rowHeight > top + height) scrollTo((i + 1) * rowHeight - height);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!active) return;
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    switch (e.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1);
        break;
      case 'PageDown':
        moveTo(activeIndex + page);
        break;
      case 'PageUp':
        moveTo(activeIndex - page);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'ArrowRight':
        if (active.expanded === false) onToggle(active, true);
        else if (active.expanded) moveTo(activeIndex + 1);
        break;
      case 'ArrowLeft':
        if (active.expanded) onToggle(active, false);
        else if (active.parentKey !== null) moveTo(indexByKey.get(active.parentKey) ?? activeIndex);
        break;
      case 'Enter':
        if (e.shiftKey || active.expanded === null) onOpen(active);
        else onToggle(active, !active.expanded);
        break;
      case ' ':
        if (active.expanded !== null) onToggle(active, !active.expanded);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <Box
      ref={measure}
      role="tree"
      aria-label={label}
      aria-describedby={describedBy}
      aria-activedescendant={active ? rowId(activeIndex) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      sx={{
        position: 'relative',
        overflowY: 'auto',
        outline: 'none',
        // The active row shows only while the tree has focus: it is where the keys act, not a selection.
        '&:focus [data-active="true"]': {
          outline: 2,
          outlineColor: 'primary.main',
          outlineOffset: -2,
          bgcolor: 'action.selected',
        },
        ...sx,
      }}
    >
      <Box sx={{ position: 'relative', height: rows.length * rowHeight }}>
        {visible.map((i) => {
          const row = rows[i];
          if (!row) return null;
          const isActive = i === activeIndex;
          return (
            <Box
              key={row.key}
              id={rowId(i)}
              role="treeitem"
              aria-level={row.level}
              aria-setsize={row.setsize}
              aria-posinset={row.posinset}
              aria-expanded={row.expanded === null ? undefined : row.expanded}
              data-active={isActive}
              {...rowProps?.(row)}
              onClick={(e) => {
                setActiveKey(row.key);
                viewport.current?.focus({ preventScroll: true });
                // A link in the row navigates; anywhere else opens or closes the row.
                if ((e.target as HTMLElement).closest('a')) return;
                if (row.expanded !== null) onToggle(row, !row.expanded);
              }}
              sx={{
                position: 'absolute',
                top: i * rowHeight,
                left: 0,
                right: 0,
                height: rowHeight,
                cursor: row.expanded === null ? 'default' : 'pointer',
              }}
            >
              {renderRow(row, { active: isActive })}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

/** Memoised: typing in a search box above it re-renders nothing here until the rows change. */
export const WindowedTree = memo(WindowedTreeInner) as typeof WindowedTreeInner;
