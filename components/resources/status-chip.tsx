'use client';
import type { Ref } from '@/lib/api/schemas/common';
import { plain } from '@/components/ui/plain-styles';
import { NoValue, refLabel } from './cells';
import { parseHexColor, readableTextOn } from './color-contrast';

/**
 * A Nautobot status in its admin-set colour. The text colour is picked per background, so the chip is
 * readable whatever the colour and in either theme; the name carries the meaning, not the colour. A plain
 * element (components/ui/plain-styles.tsx): a page of members holds a thousand.
 */
export function StatusChip({ status }: { status: Ref | null | undefined }) {
  if (!status) return <NoValue />;
  const background = parseHexColor(status.color);
  return (
    <span
      className={plain.chip}
      data-variant={background ? 'filled' : 'outlined'}
      style={
        background
          ? { backgroundColor: background, color: readableTextOn(background), fontWeight: 500 }
          : undefined
      }
    >
      {refLabel(status)}
    </span>
  );
}
