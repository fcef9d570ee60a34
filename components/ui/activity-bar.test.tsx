import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ActivityBar } from './activity-bar';

describe('ActivityBar', () => {
  it('is an indeterminate progress bar named for the wait', () => {
    render(<ActivityBar aria-label="Loading pool members" />);
    const bar = screen.getByRole('progressbar', { name: 'Loading pool members' });
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
  });
});
