import { randomUUID } from 'node:crypto';
import { text, type DbView, type Row, type TableSpec } from './spec';
import { legacySnapshot, serialize } from './serialize';
import { messages, resolveFk, validateField, type Errors } from './validate';

export type User = { id: string; username: string; password: string; is_superuser: boolean };
export type TokenRecord = {
  id: string;
  key: string;
  user: string;
  created: string;
  expires: string | null;
  write_enabled: boolean;
  description: string;
};
export type ChangeRecord = {
  id: string;
  time: string;
  user: string;
  user_name: string;
  request_id: string;
  action: 'create' | 'update' | 'delete';
  changed_object_type: string;
  changed_object_id: string;
  /** Nautobot's route name, e.g. `load_balancers-api:virtualserver-detail`. */
  change_context_detail: string;
  object_repr: string;
  /** Django's serialize_object (flat, FKs as ids), kept by Nautobot for older consumers. */
  object_data: Record<string, unknown>;
  /** The REST representation at depth 1, with relative URLs and M2M fields. */
  object_data_v2: Record<string, unknown>;
};
export type NoteRecord = {
  id: string;
  note: string;
  user: string;
  user_name: string;
  assigned_object_type: string;
  assigned_object_id: string;
  created: string;
  last_updated: string;
};

export type Snapshot = {
  tables: Record<string, Row[]>;
  users: User[];
  tokens: TokenRecord[];
  changes: ChangeRecord[];
  notes: NoteRecord[];
};

/** Who writes, in which request (changes to one object in one request share one change record), and through which route. */
export type Actor = { user: User; requestId: string; contextDetail?: string };
export type WriteResult = { row: Row } | { errors: Errors };
export type DeleteResult = { deleted: Row[] } | { protectedBy: string };

const ACTION_LABELS = { create: 'Created', update: 'Updated', delete: 'Deleted' } as const;

export class FakeDb implements DbView {
  readonly specs = new Map<string, TableSpec>();
  private tables = new Map<string, Map<string, Row>>();
  users: User[] = [];
  tokens: TokenRecord[] = [];
  changes: ChangeRecord[] = [];
  notes: NoteRecord[] = [];
  /** Called after every successful write, e.g. to persist to disk. */
  onChange: (() => void) | undefined;
  private lastMicros = 0;

  constructor(
    specs: TableSpec[],
    private readonly clock: () => Date = () => new Date(),
  ) {
    for (const spec of specs) {
      this.specs.set(spec.key, spec);
      this.tables.set(spec.key, new Map());
    }
  }

  /**
   * Nautobot's timestamps have microseconds (`2026-11-21T16:24:43.270385Z`); each call here is later than the last,
   * so `last_updated` moves forward on every write, however quick, as the UI's conflict check relies on.
   */
  now(): string {
    const micros = Math.max(this.clock().getTime() * 1000, this.lastMicros + 1);
    this.lastMicros = micros;
    const iso = new Date(Math.floor(micros / 1000)).toISOString();
    return `${iso.slice(0, 19)}.${String(micros % 1_000_000).padStart(6, '0')}Z`;
  }
  spec(key: string) {
    return this.specs.get(key);
  }
  get(table: string, id: unknown): Row | undefined {
    return typeof id === 'string' ? this.tables.get(table)?.get(id) : undefined;
  }
  rows(table: string): Row[] {
    return [...(this.tables.get(table)?.values() ?? [])];
  }
  display(table: string, row: Row): string {
    return this.specs.get(table)?.display(row, this) ?? row.id;
  }

  /** TaggedModelSerializerMixin: a list of tags by id, name or attributes, each allowed on this model. */
  private validateTags(spec: TableSpec, input: unknown): { ids: string[] } | { errors: string[] } {
    if (!Array.isArray(input))
      return { errors: [`Expected a list of items but got type "${typeof input}".`] };
    const ids: string[] = [];
    const errors: string[] = [];
    for (const value of input as unknown[]) {
      const tag = resolveFk(this, this.specs.get('tags'), 'tags', value);
      if (typeof tag === 'string') errors.push(tag);
      else if (!(tag.content_types as string[]).includes(spec.objectType))
        errors.push(`Related object not found using the provided attributes: {'pk': UUID('${tag.id}')}`);
      else if (!ids.includes(tag.id)) ids.push(tag.id);
    }
    return errors.length ? { errors } : { ids };
  }

  private validate(
    spec: TableSpec,
    input: Record<string, unknown>,
    existing: Row | undefined,
  ): { values: Record<string, unknown> } | { errors: Errors } {
    const errors: Errors = {};
    const values: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(spec.fields)) {
      if (field.kind === 'readonly') continue;
      if (name in input) {
        const result = validateField(name, field, input[name], this, this.specs, spec.objectType);
        if (result.errors) errors[name] = result.errors;
        else values[name] = result.value;
        continue;
      }
      if (existing) continue;
      const required =
        (field.kind === 'string' && (field.required || !field.blank)) ||
        (field.kind === 'int' && (field.required || !field.nullable)) ||
        (field.kind === 'fk' && !field.nullable && !field.writeOnly) ||
        (field.kind === 'datetime' && !field.nullable);
      if (required && !(spec.defaults?.(this) ?? {})[name]) errors[name] = [messages.required];
      else if (field.kind === 'bool') values[name] = field.default;
      else if (field.kind === 'string') values[name] = '';
      else if (field.kind === 'list') values[name] = [];
      else values[name] = null;
    }
    if (spec.primary && 'custom_fields' in input) {
      const cf = input.custom_fields;
      const keys = cf && typeof cf === 'object' ? Object.keys(cf) : [];
      if (keys.length)
        errors.custom_fields = keys.map((k) => `Unknown field name '${k}' in custom field data.`);
    }
    if (spec.primary && 'tags' in input) {
      const result = this.validateTags(spec, input.tags);
      if ('errors' in result) errors.tags = result.errors;
      else values.tags = result.ids;
    }
    if (!existing && input.id !== undefined) {
      const id = text(input.id).toLowerCase();
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))
        errors.id = ['Must be a valid UUID.'];
      else if (this.get(spec.key, id)) errors.id = [`${spec.verboseName} with this id already exists.`];
      else values.id = id;
    }
    const merged = { ...existing, ...values };
    for (const [name, field] of Object.entries(spec.fields)) {
      if (field.kind === 'string' && field.unique && !errors[name] && name in values) {
        if (this.rows(spec.key).some((r) => r.id !== existing?.id && r[name] === merged[name])) {
          errors[name] = [`${spec.verboseName} with this ${name.replace(/_/g, ' ')} already exists.`];
        }
      }
    }
    if (Object.keys(errors).length) return { errors };
    if (spec.writeHook) {
      const hook = spec.writeHook(input, existing, this);
      if (hook.errors) return { errors: hook.errors };
      Object.assign(values, hook.values);
    }
    for (const fields of spec.uniqueTogether ?? []) {
      const all = { ...existing, ...values };
      if (fields.some((f) => all[f] === null || all[f] === undefined)) continue;
      if (this.rows(spec.key).some((r) => r.id !== existing?.id && fields.every((f) => r[f] === all[f]))) {
        return { errors: { non_field_errors: [`The fields ${fields.join(', ')} must make a unique set.`] } };
      }
    }
    return { values };
  }

  /**
   * One change record per object per request, as Nautobot's change context keeps: a second change to the same
   * object in the same request rewrites the first record's snapshot (a create stays a create), except that an
   * object created and deleted in one request gets its own delete record.
   */
  private record(spec: TableSpec, row: Row, action: ChangeRecord['action'], actor: Actor) {
    if (!spec.primary) return;
    const snapshot = {
      object_repr: spec.repr?.(row, this) ?? this.display(spec.key, row),
      object_data: legacySnapshot(this, spec, row),
      object_data_v2: serialize(this, spec, row, { depth: 1, excludeM2m: false, origin: '' }),
    };
    const earlier = this.changes.findLast(
      (c) =>
        c.request_id === actor.requestId &&
        c.changed_object_type === spec.objectType &&
        c.changed_object_id === row.id,
    );
    if (earlier && !(action === 'delete' && earlier.action === 'create')) {
      if (action === 'delete') earlier.action = 'delete';
      else if (earlier.action === 'delete') earlier.action = 'update';
      Object.assign(earlier, snapshot);
      return;
    }
    this.changes.push({
      id: randomUUID(),
      time: this.now(),
      user: actor.user.id,
      user_name: actor.user.username,
      request_id: actor.requestId,
      action,
      changed_object_type: spec.objectType,
      changed_object_id: row.id,
      change_context_detail: actor.contextDetail ?? '',
      ...snapshot,
    });
  }

  /**
   * Adding or removing a row of an explicit M2M through table (a certificate-profile assignment) logs an update
   * of the objects on both sides (Nautobot 3.2), but leaves their `last_updated` alone.
   */
  private recordSides(spec: TableSpec, row: Row, actor: Actor) {
    for (const side of spec.m2mSides ?? []) {
      const field = spec.fields[side];
      if (field?.kind !== 'fk') continue;
      const other = this.get(field.to, row[side]);
      if (other) this.record(this.mustSpec(field.to), other, 'update', actor);
    }
  }

  /** Validates every item first; writes all or none, like Nautobot's bulk transaction. */
  createMany(
    table: string,
    inputs: Record<string, unknown>[],
    actor: Actor,
  ): { rows: Row[] } | { errors: (Errors | null)[] } {
    const spec = this.mustSpec(table);
    const results: ({ values: Record<string, unknown> } | { errors: Errors })[] = [];
    const staged: Row[] = [];
    for (const input of inputs) {
      const result = this.validate(spec, input, undefined);
      results.push(result);
      // Later items must see earlier ones for uniqueness, as sequential inserts would.
      if ('values' in result) {
        const row = this.insert(spec, result.values);
        staged.push(row);
      }
    }
    if (results.some((r) => 'errors' in r)) {
      for (const row of staged) this.tables.get(table)?.delete(row.id);
      return { errors: results.map((r) => ('errors' in r ? r.errors : null)) };
    }
    for (const row of staged) this.record(spec, row, 'create', actor);
    for (const row of staged) this.recordSides(spec, row, actor);
    this.onChange?.();
    return { rows: staged };
  }

  private insert(spec: TableSpec, values: Record<string, unknown>): Row {
    const now = this.now();
    const row: Row = {
      ...values,
      id: typeof values.id === 'string' ? values.id : randomUUID(),
      ...(spec.primary ? { created: now, last_updated: now, custom_fields: {} } : {}),
    };
    this.tables.get(spec.key)?.set(row.id, row);
    return row;
  }

  create(table: string, input: Record<string, unknown>, actor: Actor): WriteResult {
    const result = this.createMany(table, [input], actor);
    if ('errors' in result) return { errors: result.errors[0] ?? {} };
    const row = result.rows[0];
    if (!row) throw new Error('create wrote nothing');
    return { row };
  }

  /**
   * Partial updates of several rows in one transaction, one at a time in the order given, as Nautobot's
   * perform_bulk_update saves each object before validating the next (so a later one sees an earlier one's new
   * name). The first invalid row rolls everything back and is the only one reported. Ids the table does not hold
   * are skipped.
   */
  updateMany(
    table: string,
    inputs: (Record<string, unknown> & { id: string })[],
    actor: Actor,
  ): { rows: Row[] } | { errors: Errors; id: string } {
    const spec = this.mustSpec(table);
    const saved = { rows: new Map(this.tables.get(table)), changes: this.changes.map((c) => ({ ...c })) };
    const rows: Row[] = [];
    for (const input of inputs) {
      const row = this.get(table, String(input.id).toLowerCase());
      if (!row) continue;
      const { id: _id, ...changes } = input;
      const result = this.validate(spec, changes, row);
      if ('errors' in result) {
        this.tables.set(table, saved.rows);
        this.changes = saved.changes;
        return { errors: result.errors, id: row.id };
      }
      const updated: Row = {
        ...row,
        ...result.values,
        id: row.id,
        ...(spec.primary ? { last_updated: this.now() } : {}),
      };
      this.tables.get(table)?.set(row.id, updated);
      this.record(spec, updated, 'update', actor);
      rows.push(updated);
    }
    this.onChange?.();
    return { rows };
  }

  /**
   * Deletes rows one at a time in the given order, each with what cascades from it, in one transaction: the
   * first row anything PROTECTs stops it all, naming only that row's dependents (as Nautobot's bulk delete does).
   */
  deleteMany(table: string, ids: string[], actor: Actor): DeleteResult {
    this.mustSpec(table);
    const saved = {
      tables: new Map([...this.tables].map(([k, m]) => [k, new Map(m)])),
      changes: this.changes.map((c) => ({ ...c })),
      notes: [...this.notes],
    };
    const deleted: Row[] = [];
    for (const id of ids) {
      const row = this.get(table, id.toLowerCase());
      if (!row) continue;
      const result = this.deleteOne(table, row, actor);
      if ('protectedBy' in result) {
        this.tables = saved.tables;
        this.changes = saved.changes;
        this.notes = saved.notes;
        return result;
      }
      deleted.push(...result.deleted);
    }
    this.onChange?.();
    return { deleted };
  }

  private deleteOne(table: string, origin: Row, actor: Actor): DeleteResult {
    const doomed = new Map<string, { table: string; row: Row }>();
    const blockers: { table: string; row: Row }[] = [];
    const visit = (t: string, row: Row) => {
      const key = `${t}:${row.id}`;
      if (doomed.has(key)) return;
      doomed.set(key, { table: t, row });
      for (const [otherKey, other] of this.specs) {
        for (const [fieldName, field] of Object.entries(other.fields)) {
          if (field.kind !== 'fk' || field.to !== t) continue;
          for (const dependent of this.rows(otherKey).filter((r) => r[fieldName] === row.id)) {
            if (field.onDelete === 'CASCADE') visit(otherKey, dependent);
            else if (field.onDelete === 'PROTECT') blockers.push({ table: otherKey, row: dependent });
          }
        }
      }
    };
    visit(table, origin);
    const outside = blockers.filter((b) => !doomed.has(`${b.table}:${b.row.id}`));
    if (outside.length) {
      // Django gathers them in a set: their order on a real server is arbitrary.
      const list = outside.map((b) => `${this.display(b.table, b.row)} (${b.row.id})`).join(', ');
      return {
        protectedBy: `Unable to delete object. ${outside.length} dependent objects were found: ${list}`,
      };
    }
    for (const { table: t, row } of doomed.values()) {
      const spec = this.mustSpec(t);
      this.record(spec, row, 'delete', actor);
      this.tables.get(t)?.delete(row.id);
    }
    const gone = new Set([...doomed.values()].map((d) => d.row.id));
    // Nautobot deletes an object's notes with it.
    this.notes = this.notes.filter((n) => !gone.has(n.assigned_object_id));
    // SET_NULL references to anything deleted (new row objects, so a rolled-back bulk delete leaves none changed).
    for (const [otherKey, other] of this.specs) {
      for (const [fieldName, field] of Object.entries(other.fields)) {
        if (field.kind !== 'fk' || field.onDelete !== 'SET_NULL') continue;
        for (const r of this.rows(otherKey))
          if (doomed.has(`${field.to}:${String(r[fieldName])}`))
            this.tables.get(otherKey)?.set(r.id, { ...r, [fieldName]: null });
      }
    }
    // Only a through row deleted for itself logs its sides; one removed by a cascade does not.
    this.recordSides(this.mustSpec(table), origin, actor);
    return { deleted: [...doomed.values()].map((d) => d.row) };
  }

  private mustSpec(table: string): TableSpec {
    const spec = this.specs.get(table);
    if (!spec) throw new Error(`No table ${table}`);
    return spec;
  }

  snapshot(): Snapshot {
    return {
      tables: Object.fromEntries([...this.tables].map(([k, m]) => [k, [...m.values()]])),
      users: this.users,
      tokens: this.tokens,
      changes: this.changes,
      notes: this.notes,
    };
  }

  restore(snapshot: Snapshot): void {
    for (const [key, map] of this.tables) {
      map.clear();
      for (const row of snapshot.tables[key] ?? []) map.set(row.id, row);
    }
    this.users = snapshot.users;
    this.tokens = snapshot.tokens;
    this.changes = snapshot.changes;
    this.notes = snapshot.notes;
  }

  changeLabel(action: ChangeRecord['action']) {
    return { value: action, label: ACTION_LABELS[action] };
  }
}
