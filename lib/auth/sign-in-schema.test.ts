import { describe, expect, it } from 'vitest';
import { LOGIN_PATH, loginHref, safeNextPath } from './sign-in-schema';

describe('loginHref', () => {
  it('asks sign-in to come back to the page, query included', () => {
    expect(loginHref('/load-balancers/load-balancer-pools/?q=web')).toBe(
      '/login/?next=%2Fload-balancers%2Fload-balancer-pools%2F%3Fq%3Dweb',
    );
  });
  it('needs no return address for the home page', () => {
    expect(loginHref('/')).toBe(LOGIN_PATH);
    expect(loginHref()).toBe(LOGIN_PATH);
  });
});

describe('safeNextPath', () => {
  it.each(['/load-balancers/virtual-servers/', '/load-balancers/virtual-servers/?sort=-port'])(
    'keeps %s',
    (next) => expect(safeNextPath(next)).toBe(next),
  );
  it.each([
    undefined,
    '',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '/login/',
    '/login/?next=/',
  ])('sends %s home', (next) => expect(safeNextPath(next)).toBe('/'));
});
