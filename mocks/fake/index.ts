import { buildSeed } from '../seed/dataset';
import { installBuiltins } from './builtins';
import { FakeDb, type Snapshot } from './db';
import { addGeneratedEstate, type GeneratedEstate } from './generated-estate';
import { createHandlers } from './handlers';
import { lbTables } from './tables-lb';
import { relatedTables } from './tables-related';

export type FakeOptions = {
  /** Start from this saved state instead of the seed. */
  snapshot?: Snapshot;
  /** Load the demo estate (default) or start empty, as a fresh Nautobot. */
  seed?: boolean;
  clock?: () => Date;
  /** Also load a generated estate of this size after the seed (the map and dashboard at scale). */
  generate?: GeneratedEstate;
};

/**
 * The embedded fake Nautobot: an in-memory database with Nautobot's server rules, and the MSW handlers that
 * speak its REST contract. Component tests use the handlers with `setupServer`; `mocks/server.ts` serves them.
 */
export function createFakeNautobot(options: FakeOptions = {}) {
  const db = new FakeDb([...relatedTables, ...lbTables], options.clock);
  const reset = (seed = options.seed ?? true) => {
    db.restore({ tables: {}, users: [], tokens: [], changes: [], notes: [] });
    const actor = installBuiltins(db, db.now());
    if (!seed) return;
    for (const step of buildSeed(new Date(db.now()))) {
      // One request for the whole seed: an object's creation and its certificate assignments share one change
      // record. (A real Nautobot, seeded request by request, also logs an update for each assigned object.)
      const result = db.createMany(step.table, step.objects, actor);
      if ('errors' in result) {
        const first = result.errors.findIndex(Boolean);
        throw new Error(`Seed step ${step.table} item ${first}: ${JSON.stringify(result.errors[first])}`);
      }
    }
    if (options.generate) addGeneratedEstate(db, options.generate);
  };
  if (options.snapshot) db.restore(options.snapshot);
  else reset();
  return { db, handlers: createHandlers(db), reset };
}

export type FakeNautobot = ReturnType<typeof createFakeNautobot>;
