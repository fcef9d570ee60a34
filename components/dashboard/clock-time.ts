const format = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "14:03:09" in the viewer's time zone: a NOC screen compares it with the wall clock. */
export const clockTime = (ms: number): string => format.format(new Date(ms));
