import { DEMO_PASSWORD, DEMO_TOKEN, DEMO_USERNAME } from '../seed/constants';
import { seedId } from '../seed/ids';
import type { Actor, FakeDb } from './db';

const MEMBER = 'load_balancers.loadbalancerpoolmember';
const EVERYTHING = [
  'ipam.ipaddress',
  'ipam.prefix',
  'dcim.device',
  'dcim.location',
  'dcim.deviceredundancygroup',
  'cloud.cloudservice',
];

/** What a freshly migrated Nautobot already has: the member statuses, the Global namespace, a superuser. */
export function installBuiltins(db: FakeDb, now: string): Actor {
  const admin = {
    id: seedId('user', 'admin'),
    username: DEMO_USERNAME,
    password: DEMO_PASSWORD,
    is_superuser: true,
  };
  db.users = [admin];
  db.tokens = [
    {
      id: seedId('token', 'admin'),
      key: DEMO_TOKEN,
      user: admin.id,
      created: now,
      expires: null,
      write_enabled: true,
      description: 'Fixed token for scripts and tests',
    },
  ];
  const actor: Actor = { user: admin, requestId: seedId('request', 'builtins') };
  const statuses = [
    ['Active', '4caf50', [...EVERYTHING, MEMBER]],
    ['Maintenance', '9e9e9e', [MEMBER, 'dcim.device']],
    ['Planned', '00bcd4', [MEMBER, 'dcim.device', 'ipam.prefix']],
    ['Failed', 'f44336', [MEMBER, 'dcim.device']],
    ['Decommissioning', 'ffc107', [MEMBER, 'dcim.device']],
    ['Reserved', '00bcd4', ['ipam.ipaddress', 'ipam.prefix']],
    ['Deprecated', 'f44336', ['ipam.ipaddress', 'ipam.prefix']],
  ] as const;
  const result = db.createMany(
    'statuses',
    statuses.map(([name, color, types]) => ({
      id: seedId('status', name),
      name,
      color,
      content_types: [...types],
    })),
    actor,
  );
  if ('errors' in result) throw new Error(`builtin statuses: ${JSON.stringify(result.errors)}`);
  const ns = db.create(
    'namespaces',
    { id: seedId('namespace', 'global'), name: 'Global', description: 'Default Global namespace.' },
    actor,
  );
  if ('errors' in ns) throw new Error(`builtin namespace: ${JSON.stringify(ns.errors)}`);
  // A fresh Nautobot has no change records for its built-ins.
  db.changes = [];
  return actor;
}
