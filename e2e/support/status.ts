import { expect, type Locator, type Page } from '@playwright/test';
import { statusFill } from '../../components/status/status-colors';
import { seedIds } from '../../mocks/seed/dataset';
import { nautobot } from './nautobot';
import { RUN, runPort } from './run';

/**
 * F5 status icons as a person meets them: an image named "Offline (Enabled): Pool member is marked Failed",
 * drawn as a shape (availability) in a colour (availability, or black/gray when disabled).
 */

export type Shape = 'circle' | 'triangle' | 'diamond' | 'square';
export type Colour = 'green' | 'yellow' | 'red' | 'blue' | 'black' | 'gray';

const FILLS: Record<Colour, string> = {
  green: statusFill.available,
  yellow: statusFill.unavailable,
  red: statusFill.offline,
  blue: statusFill.unknown,
  black: statusFill.disabled,
  gray: statusFill['disabled-by-parent'],
};

/** The status icon with exactly this accessible name (title and reason). */
export const statusIcon = (scope: Page | Locator, name: string) =>
  scope.getByRole('img', { name, exact: true });

/** What the icon's SVG draws: its one shape element and that element's fill. */
async function drawn(icon: Locator): Promise<{ shape: string; fill: string | null }> {
  return icon.locator('svg > *').evaluate((el) => {
    const corners = (el.getAttribute('points') ?? '').trim().split(/\s+/).length;
    const shape =
      el.tagName === 'circle'
        ? 'circle'
        : el.tagName === 'rect'
          ? 'square'
          : corners === 3
            ? 'triangle'
            : corners === 4
              ? 'diamond'
              : `${el.tagName} with ${corners} corners`;
    return { shape, fill: el.getAttribute('fill') };
  });
}

/** The icon is visible, named `name`, and drawn as a `colour` `shape` (e.g. a red diamond). */
export async function expectStatusIcon(
  scope: Page | Locator,
  name: string,
  colour: Colour,
  shape: Shape,
): Promise<Locator> {
  const icon = statusIcon(scope, name);
  await expect(icon).toBeVisible();
  expect(await drawn(icon)).toEqual({ shape, fill: FILLS[colour] });
  return icon;
}

/** A table row holding a link with exactly this name (the row's object). */
export const rowWithLink = (table: Locator, name: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('link', { name, exact: true }) });

/** A small estate of this run whose icons are known: one virtual server, its pool, two monitored members. */
type StatusMember = { id: string; label: string; display: string };
export type StatusEstate = {
  vs: { id: string; name: string };
  pool: { id: string; name: string };
  members: [StatusMember, StatusMember];
};

/**
 * Arranged through the API with the admin token. The pool has a health monitor (http-80), so an Active member
 * is a green circle and the roll-ups depend only on the members' statuses the specs set. Names start with RUN,
 * so `removeRunObjects` sweeps them whatever happens; `portOffset` keeps each spec's ports apart.
 */
export async function createStatusEstate(tag: string, portOffset: number): Promise<StatusEstate> {
  const pool = await nautobot.create('load-balancer-pools', {
    name: `${RUN}-${tag}-pool`,
    load_balancing_algorithm: 'round_robin',
    health_check_monitor: seedIds.monitor(0),
  });
  const member = async (n: number): Promise<StatusMember> => {
    const made = await nautobot.create('load-balancer-pool-members', {
      // Seed server addresses 0 and 1 (10.20.1.10 and .11) are Active, so nothing is disabled by its parent.
      ip_address: seedIds.serverIp(n),
      load_balancer_pool: pool.id,
      port: runPort(portOffset + n),
      status: 'Active',
      label: `${RUN}-${tag}-m${n + 1}`,
    });
    return { id: made.id, label: made.label ?? '', display: made.display };
  };
  const members: [StatusMember, StatusMember] = [await member(0), await member(1)];
  const vs = await nautobot.create('virtual-servers', {
    name: `${RUN}-${tag}-vs`,
    vip: seedIds.vip(3),
    protocol: 'tcp',
    port: runPort(portOffset + 2),
    enabled: true,
    load_balancer_pool: pool.id,
  });
  return { vs: { id: vs.id, name: vs.name }, pool: { id: pool.id, name: pool.name }, members };
}

export async function setMemberStatus(id: string, status: 'Active' | 'Failed' | 'Maintenance') {
  await nautobot.update('load-balancer-pool-members', id, { status });
}
