import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { postOwnApi } from '@/lib/api/transport';
import type * as Transport from '@/lib/api/transport';
import { renderWithProviders } from '@/components/test-utils/render';
import { SignInForm } from './sign-in-form';

vi.mock('@/lib/api/transport', async (importOriginal) => ({
  ...(await importOriginal<typeof Transport>()),
  postOwnApi: vi.fn(),
}));
const post = vi.mocked(postOwnApi);

beforeEach(() => post.mockReset());

const renderForm = (demo = false) =>
  renderWithProviders(
    <SignInForm
      nextPath="/load-balancers/virtual-servers/"
      nautobotHost="nautobot.example.com"
      demo={demo}
    />,
  );

async function fillPassword(username: string, password: string) {
  await userEvent.type(screen.getByRole('textbox', { name: 'Username' }), username);
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  await userEvent.click(screen.getAllByRole('button', { name: 'Sign in' })[0] as HTMLElement);
}

describe('SignInForm', () => {
  it('names the Nautobot it signs in to, and shows demo credentials only for the demo backend', () => {
    renderForm(true);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to LB Console' })).toBeTruthy();
    expect(screen.getByText('nautobot.example.com')).toBeTruthy();
    expect(screen.getByText(/Demo backend: sign in as/)).toBeTruthy();
  });

  it('asks for what is missing when submitted empty, without calling the server', async () => {
    renderForm();
    await userEvent.click(screen.getAllByRole('button', { name: 'Sign in' })[0] as HTMLElement);
    const username = screen.getByRole('textbox', { name: 'Username' });
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText('Enter your Nautobot username.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });

  it('puts a wrong password on the password field', async () => {
    post.mockResolvedValue({ status: 401, data: { password: ['Wrong username or password.'] } });
    renderForm();
    await fillPassword('admin', 'nope');
    const password = screen.getByLabelText(/^Password/);
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Wrong username or password.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Username' }).getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(post).toHaveBeenCalledWith('/api/auth/login/', {
      method: 'password',
      username: 'admin',
      password: 'nope',
    });
  });

  it('signs in with a token, showing a rejected token on its field and a server message at the top', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('tab', { name: 'API token' }));
    const panel = screen.getByRole('tabpanel', { name: 'API token' });
    post.mockResolvedValueOnce({ status: 401, data: { token: ['Nautobot did not accept this token.'] } });
    await userEvent.type(within(panel).getByLabelText(/^API token/), 'abc123');
    await userEvent.click(within(panel).getByRole('button', { name: 'Sign in' }));
    expect(
      within(panel)
        .getByLabelText(/^API token/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(within(panel).getByText('Nautobot did not accept this token.')).toBeTruthy();

    post.mockResolvedValueOnce({ status: 502, data: { detail: 'Nautobot at http://x did not answer.' } });
    await userEvent.click(within(panel).getByRole('button', { name: 'Sign in' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe(
      'Nautobot at http://x did not answer.',
    );
  });
});
