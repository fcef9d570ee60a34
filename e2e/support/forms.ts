import { expect, type Locator, type Page } from '@playwright/test';

/**
 * How a person finds and fills the console's forms: fields by their visible label, reference pickers by typing
 * and choosing what the server offers, choice fields from their menu.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The add or edit form of a model (`Add virtual server`, `Edit virtual server`). */
export const resourceForm = (page: Page, name: string) => page.getByRole('form', { name, exact: true });

export const textbox = (scope: Page | Locator, label: string) =>
  scope.getByRole('textbox', { name: label, exact: true });

/** A reference picker (MUI Autocomplete): a combobox named by its label alone. */
export const picker = (scope: Page | Locator, label: string) =>
  scope.getByRole('combobox', { name: label, exact: true });

/** A choice field (MUI select): its name is the label followed by the chosen value, if any. */
export const select = (scope: Page | Locator, label: string) =>
  scope.getByRole('combobox', { name: new RegExp(`^${escape(label)}(\\s|$)`) });

/** Types into a picker and takes the option the server answers with; `option` is its first line. */
export async function pickReference(page: Page, combobox: Locator, typed: string, option: string) {
  await combobox.fill(typed);
  await page
    .getByRole('listbox')
    .getByRole('option')
    .filter({ has: page.getByText(option, { exact: true }) })
    .click();
  await expect(combobox).toHaveValue(option);
}

export async function chooseOption(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await expect(combobox).toContainText(option);
}

/** Presses Tab until `target` has focus, as a keyboard user would move through the page. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  await target.waitFor();
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The value a detail page shows for a field label (`<dt>Port</dt><dd>8080</dd>`). */
export const detailValue = (page: Page, label: string) =>
  page
    .getByRole('main')
    .locator('dt', { hasText: new RegExp(`^${escape(label)}$`) })
    .locator('xpath=following-sibling::dd[1]');
