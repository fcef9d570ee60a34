import type { ChangeRecord, FakeDb, NoteRecord, TokenRecord, User } from './db';

function userRef(user: User | undefined, origin: string, depth = 0) {
  if (!user) return null;
  const base = { id: user.id, object_type: 'users.user', url: `${origin}/api/users/users/${user.id}/` };
  return depth > 0
    ? { ...base, display: user.username, username: user.username, is_superuser: user.is_superuser }
    : base;
}

export function serializeChange(db: FakeDb, c: ChangeRecord, origin: string) {
  const spec = [...db.specs.values()].find((s) => s.objectType === c.changed_object_type);
  return {
    id: c.id,
    object_type: 'extras.objectchange',
    display: `${c.object_repr} ${db.changeLabel(c.action).label.toLowerCase()} by ${c.user_name}`,
    url: `${origin}/api/extras/object-changes/${c.id}/`,
    time: c.time,
    user: userRef(
      db.users.find((u) => u.id === c.user),
      origin,
    ),
    user_name: c.user_name,
    request_id: c.request_id,
    action: db.changeLabel(c.action),
    changed_object_type: c.changed_object_type,
    changed_object_id: c.changed_object_id,
    changed_object:
      spec && c.action !== 'delete' && db.get(spec.key, c.changed_object_id)
        ? {
            id: c.changed_object_id,
            object_type: c.changed_object_type,
            url: `${origin}/api/${spec.path}${c.changed_object_id}/`,
          }
        : null,
    related_object_type: null,
    related_object_id: null,
    object_repr: c.object_repr,
    object_data: c.object_data,
    object_data_v2: c.object_data,
  };
}

export function serializeNote(db: FakeDb, n: NoteRecord, origin: string) {
  return {
    id: n.id,
    object_type: 'extras.note',
    display: `${n.user_name} - ${n.created}`,
    url: `${origin}/api/extras/notes/${n.id}/`,
    note: n.note,
    user: userRef(
      db.users.find((u) => u.id === n.user),
      origin,
    ),
    user_name: n.user_name,
    assigned_object_type: n.assigned_object_type,
    assigned_object_id: n.assigned_object_id,
    created: n.created,
    last_updated: n.last_updated,
  };
}

export function serializeToken(db: FakeDb, t: TokenRecord, origin: string) {
  return {
    id: t.id,
    object_type: 'users.token',
    display: `${t.key.slice(-6)} (${db.users.find((u) => u.id === t.user)?.username ?? ''})`,
    url: `${origin}/api/users/tokens/${t.id}/`,
    natural_slug: `${t.id}_${t.id.slice(0, 4)}`,
    key: t.key,
    created: t.created,
    expires: t.expires,
    write_enabled: t.write_enabled,
    description: t.description,
  };
}
