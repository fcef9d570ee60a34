import { afterEach, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/components/test-utils/render';
import { SignInForm } from './sign-in-form';

afterEach(() => vi.unstubAllGlobals());

it('shows a dropped connection at the top of the form and keeps what was typed', async () => {
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
  renderWithProviders(<SignInForm nextPath="/" nautobotHost="nautobot.example.com" demo={false} />);
  await userEvent.type(screen.getByRole('textbox', { name: 'Username' }), 'admin');
  await userEvent.type(screen.getByLabelText(/^Password/), 'secret');
  await userEvent.click(screen.getAllByRole('button', { name: 'Sign in' })[0] as HTMLElement);
  expect((await screen.findByRole('alert')).textContent).toMatch(/Could not reach the LB Console server/);
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Username' }).value).toBe('admin');
  expect(screen.getByLabelText<HTMLInputElement>(/^Password/).value).toBe('secret');
});
