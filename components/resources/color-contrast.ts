/** Nautobot stores colours as 6-digit hex without "#". Anything else is not trusted as a colour. */
export function parseHexColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const hex = value.replace(/^#/, '');
  return /^[0-9a-f]{6}$/i.test(hex) ? `#${hex.toLowerCase()}` : null;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Black or white, whichever contrasts more with the background (WCAG relative luminance). */
export function readableTextOn(hex: string): '#000000' | '#ffffff' {
  const l = luminance(hex);
  const againstBlack = (l + 0.05) / 0.05;
  const againstWhite = 1.05 / (l + 0.05);
  return againstBlack >= againstWhite ? '#000000' : '#ffffff';
}
