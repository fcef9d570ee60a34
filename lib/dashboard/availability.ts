import { iconName, statusRank, statusTitle } from '../status/describe';
import type { AdminState, Availability, ObjectStatus } from '../status/types';

export type IconCount = {
  availability: Availability;
  admin: AdminState;
  /** "green circle", as the legend and screen readers name it. */
  icon: string;
  /** "Offline (Enabled)". */
  title: string;
  count: number;
};

/** How many objects show each F5 icon, worst first; icons nobody shows are left out. */
export function countByIcon(statuses: Iterable<Pick<ObjectStatus, 'availability' | 'admin'>>): IconCount[] {
  const byIcon = new Map<string, IconCount>();
  for (const s of statuses) {
    const key = `${s.availability}/${s.admin}`;
    const entry = byIcon.get(key);
    if (entry) entry.count += 1;
    else
      byIcon.set(key, {
        availability: s.availability,
        admin: s.admin,
        icon: iconName(s),
        title: statusTitle(s),
        count: 1,
      });
  }
  return [...byIcon.values()].sort((a, b) => statusRank(a) - statusRank(b));
}
