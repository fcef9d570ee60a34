'use client';
import { useImperativeHandle, useState, type Ref } from 'react';
import Tooltip from '@mui/material/Tooltip';
import { TIP } from './row-status';

type Tip = { anchor: HTMLElement; title: string; text: string };

export type StatusTipsHandle = {
  /** Shows the tip of the icon `target` is in, or hides it when `target` is in none. */
  show: (target: EventTarget | null) => void;
};

function tipOf(target: EventTarget | null): Tip | null {
  const anchor = target instanceof Element ? target.closest<HTMLElement>(`[${TIP.title}]`) : null;
  if (!anchor) return null;
  return { anchor, title: anchor.getAttribute(TIP.title) ?? '', text: anchor.getAttribute(TIP.text) ?? '' };
}

/**
 * One tooltip for all of a table's status icons (`RowStatusIcon`), moved from icon to icon as the pointer goes:
 * the title and reason F5 shows on hover. Its own state, so hovering re-renders the tooltip, not the table.
 * Screen readers hear both in the icon's name already.
 */
export function StatusTips({ ref }: { ref: Ref<StatusTipsHandle> }) {
  const [tip, setTip] = useState<Tip | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      show: (target) =>
        setTip((shown) => {
          const next = tipOf(target);
          return next?.anchor === shown?.anchor ? shown : next;
        }),
    }),
    [],
  );
  return (
    <Tooltip
      open={!!tip}
      title={
        tip ? (
          <>
            <strong>{tip.title}</strong>
            <br />
            {tip.text}
          </>
        ) : (
          ''
        )
      }
      slotProps={{ popper: { anchorEl: tip?.anchor } }}
      disableInteractive
    >
      <span hidden />
    </Tooltip>
  );
}
