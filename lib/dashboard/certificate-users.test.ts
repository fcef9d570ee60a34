import { describe, expect, it } from 'vitest';
import { usersByProfile } from './certificate-users';

const ref = (id: string) => ({ id, object_type: 'load_balancers.certificateprofile', url: `/${id}/` });
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('usersByProfile', () => {
  it('groups virtual servers and members under each profile they use, ids compared lowercase', () => {
    const users = usersByProfile(
      [
        { id: 'vs1', display: 'vs-one', name: 'vs-one', certificate_profiles: [ref(A), ref(B)] },
        { id: 'vs2', display: 'vs-two', name: 'vs-two', certificate_profiles: [ref(B.toUpperCase())] },
      ],
      [{ id: 'm1', display: '10.0.0.1:443', certificate_profiles: [ref(A)] }],
    );
    expect(users.get(A)).toEqual({
      virtualServers: [{ id: 'vs1', name: 'vs-one' }],
      members: [{ id: 'm1', name: '10.0.0.1:443' }],
    });
    expect(users.get(B)?.virtualServers.map((v) => v.name)).toEqual(['vs-one', 'vs-two']);
  });
});
