import { describe, expect, it } from 'vitest';
import { seedIds } from '../seed/dataset';
import { createFakeNautobot } from './index';
import type { Actor } from './db';

function setup(clock?: () => Date) {
  const fake = createFakeNautobot(clock ? { clock } : {});
  const user = fake.db.users[0];
  if (!user) throw new Error('no admin');
  let n = 0;
  const actor = (): Actor => ({ user, requestId: `request-${++n}` });
  return { db: fake.db, actor };
}

describe('fake database', () => {
  it('stamps microseconds and never repeats a timestamp, even on a frozen clock', () => {
    const { db } = setup(() => new Date('2026-01-02T03:04:05.678Z'));
    const a = db.now();
    const b = db.now();
    expect(a).toMatch(/^2026-01-02T03:04:05\.\d{6}Z$/);
    expect(b > a).toBe(true);
  });

  it('keeps one change record per object per request, and logs assignment sides without touching them', () => {
    const { db, actor } = setup();
    const vs = seedIds.vs(2);
    const before = db.get('virtual-servers', vs)?.last_updated;
    const count = () => db.changes.filter((c) => c.changed_object_id === vs).length;
    const initial = count();
    const result = db.createMany(
      'virtual-server-certificate-profile-assignments',
      [seedIds.cert(8), seedIds.cert(9)].map((c) => ({ virtual_server: vs, certificate_profile: c })),
      actor(),
    );
    expect('rows' in result).toBe(true);
    expect(count()).toBe(initial + 1);
    const latest = db.changes.findLast((c) => c.changed_object_id === vs);
    expect(latest?.action).toBe('update');
    expect(latest?.object_data_v2.certificate_profiles).toHaveLength(2);
    expect(db.get('virtual-servers', vs)?.last_updated).toBe(before);
  });

  it('rolls a bulk delete back when a later object is protected', () => {
    const { db, actor } = setup();
    const made = db.create('health-check-monitors', { name: 'spare' }, actor());
    if (!('row' in made)) throw new Error('not created');
    const result = db.deleteMany('health-check-monitors', [made.row.id, seedIds.monitor(0)], actor());
    expect('protectedBy' in result && result.protectedBy).toMatch(/^Unable to delete object\. 5 dependent/);
    expect(db.get('health-check-monitors', made.row.id)).toBeDefined();
  });

  it('deletes an object’s notes with it', () => {
    const { db, actor } = setup();
    const made = db.create('health-check-monitors', { name: 'noted' }, actor());
    if (!('row' in made)) throw new Error('not created');
    const now = db.now();
    db.notes.push({
      id: 'note-1',
      note: 'x',
      user: '',
      user_name: 'admin',
      assigned_object_type: 'load_balancers.healthcheckmonitor',
      assigned_object_id: made.row.id,
      created: now,
      last_updated: now,
    });
    db.deleteMany('health-check-monitors', [made.row.id], actor());
    expect(db.notes.some((n) => n.assigned_object_id === made.row.id)).toBe(false);
  });
});
