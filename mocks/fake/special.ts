import type { ChangeRecord, FakeDb, NoteRecord, TokenRecord, User } from './db';

function userRef(user: User | undefined, origin: string, depth = 0) {
  if (!user) return null;
  const base = { id: user.id, object_type: 'users.user', url: `${origin}/api/users/users/${user.id}/` };
  return depth > 0
    ? { ...base, display: user.username, username: user.username, is_superuser: user.is_superuser }
    : base;
}

/** Django app verbose names, which open an ObjectChange's display. */
const APP_NAMES: Record<string, string> = {
  load_balancers: 'Load Balancers',
  ipam: 'IPAM',
  dcim: 'DCIM',
  tenancy: 'Tenancy',
  extras: 'Extras',
  cloud: 'Cloud',
  users: 'Users',
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function serializeChange(db: FakeDb, c: ChangeRecord, origin: string) {
  const spec = [...db.specs.values()].find((s) => s.objectType === c.changed_object_type);
  const app = c.changed_object_type.split('.')[0] ?? '';
  const label = db.changeLabel(c.action);
  return {
    id: c.id,
    object_type: 'extras.objectchange',
    // "Load Balancers | Virtual Server vs-web created by admin": app, model verbose name, str(), action.
    display: `${APP_NAMES[app] ?? app} | ${spec?.verboseName ?? c.changed_object_type} ${c.object_repr} ${label.label.toLowerCase()} by ${c.user_name}`,
    url: `${origin}/api/extras/object-changes/${c.id}/`,
    natural_slug: `${c.id}_${c.id.slice(0, 4)}`,
    time: c.time,
    user: userRef(
      db.users.find((u) => u.id === c.user),
      origin,
    ),
    user_name: c.user_name,
    request_id: c.request_id,
    action: label,
    change_context: 'web',
    change_context_detail: c.change_context_detail,
    changed_object_type: c.changed_object_type,
    changed_object_id: c.changed_object_id,
    changed_object:
      spec && db.get(spec.key, c.changed_object_id)
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
    object_data_v2: c.object_data_v2,
  };
}

/** Python's isoformat of an aware UTC datetime: `+00:00`, not `Z`. */
const pythonIso = (time: string) => time.replace(/Z$/, '+00:00');
/** str() of the same datetime, as the note's natural key slug is made from: a space, not `T`. */
const pythonStr = (time: string) => pythonIso(time).replace('T', ' ');

export function serializeNote(db: FakeDb, n: NoteRecord, origin: string) {
  const spec = [...db.specs.values()].find((s) => s.objectType === n.assigned_object_type);
  const assigned = spec ? db.get(spec.key, n.assigned_object_id) : undefined;
  const [app = '', model = ''] = n.assigned_object_type.split('.');
  return {
    id: n.id,
    object_type: 'extras.note',
    // str(note): "<the object> - <created, isoformat>".
    display: `${spec && assigned ? db.display(spec.key, assigned) : 'None'} - ${pythonIso(n.created)}`,
    url: `${origin}/api/extras/notes/${n.id}/`,
    natural_slug: `${slug(app)}_${model}_${n.assigned_object_id}_${slug(n.user_name)}_${slug(pythonStr(n.created))}_${n.id.slice(0, 4)}`,
    assigned_object_type: n.assigned_object_type,
    assigned_object:
      spec && assigned
        ? {
            id: assigned.id,
            object_type: spec.objectType,
            url: `${origin}/api/${spec.path}${assigned.id}/`,
          }
        : null,
    assigned_object_id: n.assigned_object_id,
    user_name: n.user_name,
    note: n.note,
    user: userRef(
      db.users.find((u) => u.id === n.user),
      origin,
    ),
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
