import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateAfterWrite } from './after-write';
import { nautobotKeys } from './nautobot-queries';

describe('invalidateAfterWrite', () => {
  it('marks the written endpoints and the estate stale, and leaves other endpoints alone', async () => {
    const qc = new QueryClient();
    const members = [...nautobotKeys.lists('load-balancer-pool-members'), { limit: 50 }];
    const monitors = [...nautobotKeys.lists('health-check-monitors'), { limit: 50 }];
    qc.setQueryData(members, { count: 1 });
    qc.setQueryData(monitors, { count: 1 });
    qc.setQueryData(nautobotKeys.estate(), { pools: [] });

    await invalidateAfterWrite(qc, ['load-balancer-pool-members'], { refetchType: 'none' });

    expect(qc.getQueryState(members)?.isInvalidated).toBe(true);
    expect(qc.getQueryState(nautobotKeys.estate())?.isInvalidated).toBe(true);
    expect(qc.getQueryState(monitors)?.isInvalidated).toBe(false);
  });
});
