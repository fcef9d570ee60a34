/**
 * A message that outlives the navigation an action ends with ("Saved", "Deleted"): the screen that did it shows
 * it on the screen it goes to. Held in memory, because client-side navigation keeps the page's JavaScript alive.
 */
type Flash = { id: number; message: string };

let current: Flash | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

export const flash = {
  show: (message: string) => {
    current = { id: nextId++, message };
    listeners.forEach((l) => l());
  },
  dismiss: () => {
    current = null;
    listeners.forEach((l) => l());
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  get: (): Flash | null => current,
};
