/**
 * Names and numbers unique to this run of the suite: the real Nautobot keeps one database across specs and
 * runs, so nothing a spec creates may collide with the seed or with an earlier run's leftovers.
 */
const started = Date.now();

export const RUN = `e2e${started.toString(36)}`;

/** A port no seed object uses (they stay below 10000), different on each run. */
export const runPort = (offset: number) => 20000 + ((started + offset) % 40000);
