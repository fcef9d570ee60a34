import type { NautobotClient } from '../api/client';
import type { Picked } from './fields';
import type { AnyFormDef, FormValues } from './registry';

export type SaveRequest = {
  /** Absent for a new object. */
  id?: string;
  values: FormValues;
  body: Record<string, unknown>;
  /** The form fields the user changed, so an edit sends only those and leaves other people's changes alone. */
  changed?: readonly string[];
  signal?: AbortSignal;
};

/** The object was written but its certificate profiles were not: the caller must not create it again. */
export class PartialSaveError extends Error {
  constructor(
    readonly savedId: string,
    /** The object's `last_updated` after the write that did succeed, so a retry does not see its own change as a conflict. */
    readonly lastUpdated: string | null,
    override readonly cause: unknown,
  ) {
    super('Saved, but the certificate profiles could not be updated.');
    this.name = 'PartialSaveError';
  }
}

/**
 * One user action: create or PATCH the object, then bring its certificate-profile assignments in line with the
 * form (Nautobot makes `certificate_profiles` read-only; they are written through the assignment endpoint).
 * Returns the saved object's id.
 */
export async function saveObject(client: NautobotClient, def: AnyFormDef, req: SaveRequest): Promise<string> {
  const options = { signal: req.signal };
  let id = req.id;
  let lastUpdated: string | null = null;
  if (id) {
    const { changed } = req;
    const patch = changed
      ? Object.fromEntries(Object.entries(req.body).filter(([k]) => changed.includes(k)))
      : req.body;
    if (Object.keys(patch).length > 0) {
      lastUpdated = (await client.update(def.resource, id, patch, options)).last_updated ?? null;
    }
  } else {
    const created = await client.create(def.resource, req.body as never, options);
    id = created.id;
    lastUpdated = created.last_updated ?? null;
  }
  const wanted = req.values.certificate_profiles as Picked[] | undefined;
  const profilesChanged = !req.changed || req.changed.includes('certificate_profiles');
  // A new object has no assignments yet, so only additions need asking for.
  const needed = req.id ? profilesChanged : !!wanted?.length;
  if (def.certificateAssignments && wanted && needed) {
    try {
      const ids = wanted.map((p) => p.id);
      await syncAssignments(client, def.certificateAssignments, id, ids, !req.id, options);
    } catch (e) {
      throw new PartialSaveError(id, lastUpdated, e);
    }
  }
  return id;
}

async function syncAssignments(
  client: NautobotClient,
  { endpoint, ownerField }: NonNullable<AnyFormDef['certificateAssignments']>,
  ownerId: string,
  wanted: string[],
  isNew: boolean,
  options: { signal?: AbortSignal },
) {
  // Read what Nautobot has now, not what the form loaded: another user may have changed it since.
  const current = isNew
    ? []
    : (await client.list(endpoint, { filters: { [ownerField]: ownerId }, limit: 1000 }, options)).results.map(
        (a) => ({ id: a.id, profile: a.certificate_profile.id }),
      );
  const toAdd = wanted.filter((p) => !current.some((c) => c.profile === p));
  const toRemove = current.filter((c) => !wanted.includes(c.profile)).map((c) => c.id);
  if (toAdd.length > 0) {
    await client.bulkCreate(
      endpoint,
      toAdd.map((profile) => ({ [ownerField]: ownerId, certificate_profile: profile })) as never,
      options,
    );
  }
  if (toRemove.length > 0) await client.bulkDelete(endpoint, toRemove, options);
}
