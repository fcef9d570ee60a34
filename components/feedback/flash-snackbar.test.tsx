import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flash } from './flash';
import { FlashSnackbar } from './flash-snackbar';

afterEach(() => act(() => flash.dismiss()));

describe('FlashSnackbar', () => {
  it('announces what the last action did, and can be closed', async () => {
    render(<FlashSnackbar />);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => flash.show('Deleted pool web-pool.'));
    expect(screen.getByRole('status').textContent).toContain('Deleted pool web-pool.');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(flash.get()).toBeNull();
  });

  it('shows a message raised before it mounted, as after a navigation', () => {
    flash.show('Created virtual server.');
    render(<FlashSnackbar />);
    expect(screen.getByRole('status').textContent).toContain('Created virtual server.');
  });
});
