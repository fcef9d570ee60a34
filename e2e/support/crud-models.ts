import type { Locator, Page } from '@playwright/test';
import { resources, type ResourceKey } from '../../lib/api/resources';
import { seedIds } from '../../mocks/seed/dataset';
import { chooseOption, picker, pickReference, select, textbox } from './forms';
import { RUN, runPort } from './run';

/** A field changed on the edit form, and how the detail page and the change log name it afterwards. */
type Edit = {
  /** The form's label. */
  field: string;
  kind: 'text' | 'choice';
  value: string;
  /** The detail page's label for the same field. */
  detailLabel: string;
};

/** What the CRUD spec needs to know of one model; the steps themselves are the same for all five. */
export type CrudModel = {
  key: ResourceKey;
  singular: string;
  plural: string;
  /** Fills the add form with a new object unique to this run. */
  fill: (page: Page, form: Locator) => Promise<void>;
  /** What the console calls the new object: its heading, its link in lists, the delete dialog. */
  display: string;
  /** A list query string (search or Nautobot filters) that shows only the new object. */
  listQuery: string;
  edit: Edit;
};

const vsPort = runPort(0);
const memberPort = runPort(2);
const member = { ip: '10.20.1.10', option: '10.20.1.10/32 (Global)' };

const defs: Omit<CrudModel, 'singular' | 'plural'>[] = [
  {
    key: 'virtual-servers',
    display: `${RUN}-vs`,
    listQuery: `q=${RUN}-vs`,
    fill: async (page, form) => {
      await textbox(form, 'Name').fill(`${RUN}-vs`);
      await pickReference(page, picker(form, 'VIP'), '10.10.0.11', '10.10.0.11/32 (Global)');
      await textbox(form, 'Port').fill(String(vsPort));
      await chooseOption(page, select(form, 'Protocol'), 'TCP');
    },
    edit: { field: 'Port', kind: 'text', value: String(vsPort + 1), detailLabel: 'Port' },
  },
  {
    key: 'load-balancer-pools',
    display: `${RUN}-pool`,
    listQuery: `q=${RUN}-pool`,
    fill: async (page, form) => {
      await textbox(form, 'Name').fill(`${RUN}-pool`);
      await chooseOption(page, select(form, 'Algorithm'), 'Round Robin');
    },
    edit: { field: 'Algorithm', kind: 'choice', value: 'Least Connections', detailLabel: 'Algorithm' },
  },
  {
    key: 'load-balancer-pool-members',
    display: `${member.ip}:${memberPort}`,
    // Member search never matches addresses on a real Nautobot; Nautobot's own filters find it.
    listQuery: `load_balancer_pool=${seedIds.pool(1)}&port=${memberPort}`,
    fill: async (page, form) => {
      await pickReference(page, picker(form, 'Pool'), 'api-pool', 'api-pool');
      await pickReference(page, picker(form, 'IP address'), member.ip, member.option);
      await textbox(form, 'Port').fill(String(memberPort));
      await pickReference(page, picker(form, 'Status'), 'Active', 'Active');
      await textbox(form, 'Label').fill(`${RUN}-member`);
    },
    edit: { field: 'Label', kind: 'text', value: `${RUN}-member-edited`, detailLabel: 'Label' },
  },
  {
    key: 'health-check-monitors',
    display: `${RUN}-monitor`,
    listQuery: `q=${RUN}-monitor`,
    fill: async (page, form) => {
      await textbox(form, 'Name').fill(`${RUN}-monitor`);
      await chooseOption(page, select(form, 'Type'), 'HTTP');
      await textbox(form, 'Port').fill('8080');
      await textbox(form, 'Interval (seconds)').fill('5');
    },
    edit: { field: 'Interval (seconds)', kind: 'text', value: '10', detailLabel: 'Interval' },
  },
  {
    key: 'certificate-profiles',
    display: `${RUN}-cert`,
    listQuery: `name=${RUN}-cert`,
    fill: async (page, form) => {
      await textbox(form, 'Name').fill(`${RUN}-cert`);
      await chooseOption(page, select(form, 'Type'), 'Server');
      await textbox(form, 'Cipher').fill('TLS13-AES128-GCM-SHA256');
    },
    edit: { field: 'Cipher', kind: 'text', value: 'ECDHE-ECDSA-AES128-GCM-SHA256', detailLabel: 'Cipher' },
  },
];

export const crudModels: CrudModel[] = defs.map((d) => ({
  ...d,
  singular: resources[d.key].singular,
  plural: resources[d.key].plural,
}));

/** Changes the edit's field on the edit form. */
export async function applyEdit(page: Page, form: Locator, edit: Edit) {
  if (edit.kind === 'choice') await chooseOption(page, select(form, edit.field), edit.value);
  else await textbox(form, edit.field).fill(edit.value);
}
