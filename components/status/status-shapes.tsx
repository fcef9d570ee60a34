import type { Availability } from '@/lib/status/types';

/** F5's shapes in a 16×16 box: the shape alone tells the availability, whatever the colour. */
export function StatusShape({ availability, fill }: { availability: Availability; fill: string }) {
  // currentColor is the theme's text colour: the outline keeps a yellow shape visible on white and a
  // black one visible on a dark background.
  const common = { fill, stroke: 'currentColor', strokeWidth: 1, strokeLinejoin: 'round' as const };
  switch (availability) {
    case 'available':
      return <circle cx="8" cy="8" r="6.5" {...common} />;
    case 'unavailable':
      return <polygon points="8,1.5 15,14.5 1,14.5" {...common} />;
    case 'offline':
      return <polygon points="8,0.8 15.2,8 8,15.2 0.8,8" {...common} />;
    case 'unknown':
      return <rect x="2" y="2" width="12" height="12" {...common} />;
  }
}
