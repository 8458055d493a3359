// End-to-end tests of the web interface in a real browser (Debian's Chromium driven by
// playwright-core; no browser download). Run against a running server:
//   STOCKTREE_URL=http://localhost:8080 ADMIN_USER=admin ADMIN_PASSWORD=... \
//   VIEWER_USER=... VIEWER_PASSWORD=... SCREENSHOTS=../target/screenshots node e2e/browser-tests.mjs
// Exits non-zero when a scenario fails; screenshots of the main pages go to SCREENSHOTS.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const baseUrl = env('STOCKTREE_URL').replace(/\/$/, '');
const admin = { username: env('ADMIN_USER'), password: env('ADMIN_PASSWORD') };
const viewer = { username: env('VIEWER_USER'), password: env('VIEWER_PASSWORD') };
const screenshots = env('SCREENSHOTS', 'target/screenshots');
// made by BrowserIT: a part with ten pieces in a top-level location, and a location to transfer to
const stock = {
  part: env('STOCK_PART'),
  location: env('STOCK_LOCATION'),
  locationName: env('STOCK_LOCATION_NAME'),
  destination: env('STOCK_DESTINATION'),
};
// made by BrowserIT: a salable assembly with one unvalidated BOM line of a component, another component
// to substitute it and a parameter template
const bom = {
  assembly: env('BOM_ASSEMBLY'),
  assemblyName: env('BOM_ASSEMBLY_NAME'),
  component: env('BOM_COMPONENT'),
  substitute: env('BOM_SUBSTITUTE'),
  parameter: env('PARAMETER_TEMPLATE'),
};
const stockActions = ['Count stock', 'Add stock', 'Remove stock', 'Transfer stock', 'Change stock status'];
const chromiumPath = env('CHROMIUM', '/usr/bin/chromium');
const timeout = Number(env('E2E_TIMEOUT_MS', '30000'));
mkdirSync(screenshots, { recursive: true });
// A failure screenshot belongs to the run that took it: drop those of earlier runs.
for (const file of readdirSync(screenshots)) {
  if (file.startsWith('failed-')) rmSync(join(screenshots, file));
}

const results = [];

async function scenario(name, page, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${error?.stack ?? error}`);
    await page.screenshot({ path: join(screenshots, `failed-${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {});
  }
}

async function shot(page, name) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

async function signIn(page, user) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Username').fill(user.username);
  await page.locator('input[autocomplete="current-password"]').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'User menu' }).waitFor();
}

async function signOut(page) {
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Signs the assembly's BOM line off, then the whole BOM, on the part page's BOM tab. */
async function validateBom(page) {
  await page.goto(`${baseUrl}/part/${bom.assembly}`);
  await page.getByRole('heading', { name: bom.assemblyName, level: 2 }).waitFor();
  await page.getByRole('tab', { name: 'Bill of materials' }).click();
  const status = page.getByRole('status', { name: 'BOM validation' });
  await status.getByText('BOM not validated').waitFor();
  await status.getByText('1 of 1 lines not validated').waitFor();
  const line = page.getByRole('table', { name: 'Bill of materials' }).locator('tbody tr').filter({ hasText: bom.component });
  await line.getByText('Not validated').waitFor();
  await shot(page, 'part-bom');

  await line.getByRole('button', { name: 'Validate line' }).click();
  await line.getByText('Validated', { exact: true }).waitFor();
  expect((await line.getByRole('button', { name: 'Validate line' }).count()) === 0, 'no "Validate line" once validated');

  await status.getByRole('button', { name: 'Validate BOM' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Validate' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await status.getByText('BOM validated', { exact: true }).waitFor();
  await status.getByText(`Validated by ${admin.username}`, { exact: false }).waitFor();
  expect((await status.getByRole('button', { name: 'Validate BOM' }).count()) === 0, 'no "Validate BOM" once valid');
  await shot(page, 'part-bom-validated');
}

/**
 * On the assembly's page: a parameter, a sale price break, a related part and a substitute
 * through their forms, then a duplicate that copies the BOM.
 */
async function editPartRecords(page) {
  await page.goto(`${baseUrl}/part/${bom.assembly}`);
  await page.getByRole('heading', { name: bom.assemblyName, level: 2 }).waitFor();

  await page.getByRole('tab', { name: 'Pricing' }).click();
  // internal prices are off by default: the salable assembly has only sale price breaks
  expect((await page.getByRole('table', { name: 'Internal price breaks' }).count()) === 0, 'no internal price breaks');
  await page.getByRole('button', { name: 'Add price break' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Quantity', { exact: false }).fill('5');
  await dialog.getByLabel('Price', { exact: false }).first().fill('1.25');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('table', { name: 'Sale price breaks' }).getByText('1.25', { exact: false }).waitFor();
  await shot(page, 'part-pricing');

  await page.getByRole('tab', { name: 'Related parts' }).click();
  await page.getByRole('button', { name: 'Add related part' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Related part', { exact: false }).fill(bom.component);
  await page.getByRole('option', { name: bom.component }).click();
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('table', { name: 'Related parts' }).getByText(bom.component).waitFor();

  await page.getByRole('tab', { name: 'Parameters' }).click();
  await page.getByRole('button', { name: 'Add parameter' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Template', { exact: false }).fill(bom.parameter);
  await page.getByRole('option', { name: bom.parameter }).click();
  await dialog.getByLabel('Data', { exact: false }).fill('12');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const parameter = page.getByRole('table', { name: 'Parameters' }).locator('tbody tr').filter({ hasText: bom.parameter });
  await parameter.getByText('12', { exact: true }).waitFor();
  await shot(page, 'part-parameters');

  await page.getByRole('tab', { name: 'Bill of materials' }).click();
  await page.getByRole('table', { name: 'Bill of materials' }).getByRole('button', { name: 'Substitutes' }).click();
  const substitutes = page.getByRole('dialog', { name: `Substitutes for ${bom.component}` });
  await substitutes.getByRole('button', { name: 'Add substitute' }).click();
  dialog = page.getByRole('dialog', { name: 'Add substitute' });
  await dialog.getByLabel('Part', { exact: false }).fill(bom.substitute);
  await page.getByRole('option', { name: bom.substitute }).click();
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await substitutes.getByRole('table', { name: 'Substitutes' }).getByText(bom.substitute).waitFor();
  await shot(page, 'part-bom-substitutes');
  await page.keyboard.press('Escape');
  await substitutes.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: false }).first().fill(`${bom.assemblyName} copy`);
  await dialog.getByLabel('Copy bill of materials').check();
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('heading', { name: `${bom.assemblyName} copy`, level: 2 }).waitFor();
  await page.getByRole('tab', { name: 'Bill of materials' }).click();
  await page.getByRole('table', { name: 'Bill of materials' }).getByText(bom.component).waitFor();
  await shot(page, 'part-duplicate-bom');
}

// made by BrowserIT for the install scenario: an assembly item, a trackable part of its BOM with
// stock tracked by batch, and a trackable part with stock that is in no BOM
const install = {
  assemblyItem: env('INSTALL_ASSEMBLY_ITEM', ''),
  component: env('INSTALL_COMPONENT', ''),
  stray: env('INSTALL_STRAY', ''),
};

/** The header search finds the stock items (by their part) and the locations of the stock scenarios. */
async function searchFindsStockAndLocations(page) {
  // BrowserIT names the part "<prefix> stock part" and the locations "<prefix> store/destination"
  const prefix = stock.part.replace(/ stock part$/, '');
  await page.getByLabel('Search', { exact: true }).fill(prefix);
  await page.keyboard.press('Enter');
  const items = page.getByRole('region', { name: 'Stock items' });
  await items.getByRole('link', { name: stock.part }).first().waitFor();
  const locations = page.getByRole('region', { name: 'Stock locations' });
  await locations.getByRole('link', { name: stock.locationName, exact: true }).waitFor();
  await locations.getByRole('link', { name: stock.destination, exact: true }).waitFor();
  await page.getByRole('region', { name: 'Parts' }).getByRole('link', { name: stock.part }).waitFor();
  await shot(page, 'search-stock');
  await items.getByRole('link', { name: stock.part }).first().click();
  await page.getByRole('heading', { name: stock.part, level: 2 }).waitFor();
  expect(/\/stock\/item\/\d+$/.test(page.url()), `stock item URL, got ${page.url()}`);
}

const profileSaved = (page) =>
  page.waitForResponse((r) => r.url().includes('/api/user/me/profile/') && r.request().method() === 'PATCH' && r.ok());

async function toggleStockColumn(page, column) {
  await page.getByRole('button', { name: 'Columns' }).click();
  const saved = profileSaved(page);
  await page.getByRole('menu').getByLabel(column, { exact: true }).click();
  await saved;
  await page.keyboard.press('Escape');
}

/**
 * A column hidden in one browser stays hidden in another for the same user (it is kept in their
 * profile on the server), and a table row opens from the keyboard.
 */
async function columnChoicesFollowTheUser(context, page) {
  const stockAt = `${baseUrl}/stock/location/${stock.location}`;
  await page.goto(stockAt);
  const table = page.getByRole('table', { name: 'Stock items' });
  await table.getByRole('columnheader', { name: 'Batch' }).waitFor();
  await toggleStockColumn(page, 'Batch');
  await table.getByRole('columnheader', { name: 'Batch' }).waitFor({ state: 'detached' });

  const other = await context.browser().newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const elsewhere = await other.newPage();
    elsewhere.setDefaultTimeout(timeout);
    await signIn(elsewhere, admin);
    await elsewhere.goto(stockAt);
    const there = elsewhere.getByRole('table', { name: 'Stock items' });
    await there.getByText(stock.part).first().waitFor();
    await there.getByRole('columnheader', { name: 'Location' }).waitFor();
    expect((await there.getByRole('columnheader', { name: 'Batch' }).count()) === 0, 'Batch hidden in the other browser');
    await shot(elsewhere, 'columns-in-another-browser');
    // keyboard: Tab reaches a row, Enter opens it
    await there.locator('tbody tr').first().focus();
    await elsewhere.keyboard.press('Enter');
    await elsewhere.getByRole('heading', { name: stock.part, level: 2 }).waitFor();
  } finally {
    await other.close();
  }
  await toggleStockColumn(page, 'Batch');
  await table.getByRole('columnheader', { name: 'Batch' }).waitFor();
}

/** The install dialog offers the trackable parts of the item's BOM only, then their free items. */
async function installOffersBomComponents(page) {
  await page.goto(`${baseUrl}/stock/item/${install.assemblyItem}`);
  await page.getByRole('button', { name: 'Install stock item' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Part').click();
  await page.getByRole('option', { name: install.component }).waitFor();
  expect((await page.getByRole('option', { name: install.stray }).count()) === 0, 'a part outside the BOM is not offered');
  await page.getByRole('option', { name: install.component }).click();
  await dialog.getByLabel('Stock item to install').click();
  await page.getByRole('option', { name: `${install.component} × 3` }).click();
  // the chosen item shows by its part's name, not its number
  const chosen = dialog.getByLabel('Stock item to install');
  for (let wait = 0; wait < 50 && !(await chosen.inputValue()).startsWith(install.component); wait++) {
    await page.waitForTimeout(100);
  }
  expect((await chosen.inputValue()).startsWith(install.component), `chosen item named, got ${await chosen.inputValue()}`);
  await dialog.getByLabel('Quantity to install').fill('2');
  await shot(page, 'install-dialog');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('tab', { name: 'Installed items' }).click();
  await page.getByRole('table', { name: 'Installed items' }).getByText(install.component).first().waitFor();
}

/** Selected parts move to another category in one dialog (BrowserIT's stock part has none). */
async function partsMoveToACategoryInBulk(page) {
  await page.goto(`${baseUrl}/part`);
  const table = page.getByRole('table', { name: 'Parts' });
  await page.getByLabel('Search table').fill(stock.part);
  await table.getByText(stock.part, { exact: true }).waitFor();
  await table.locator('tbody tr').filter({ hasText: stock.part }).getByRole('checkbox', { name: 'Select row' }).check();
  await page.getByRole('button', { name: 'Set category (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set category' });
  await dialog.getByLabel('Category').fill('Electronics');
  await page.getByRole('option', { name: 'Electronics', exact: true }).first().click();
  await shot(page, 'parts-set-category');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await table.getByRole('cell', { name: 'Electronics', exact: true }).waitFor();
}

/** The users table shows each user's groups, and the group dialog shows the same membership. */
async function administratorSeesAUsersGroups(page) {
  await page.goto(`${baseUrl}/admin/users`);
  const table = page.getByRole('table', { name: 'User' });
  await page.getByLabel('Search table').fill(viewer.username);
  const row = table.locator('tbody tr').filter({ hasText: viewer.username });
  await row.getByText(`${viewer.username}_group`).waitFor();
  await row.getByRole('button', { name: `Edit groups of ${viewer.username}` }).click();
  const dialog = page.getByRole('dialog', { name: viewer.username });
  await dialog.getByText(`${viewer.username}_group`).first().waitFor();
  await shot(page, 'admin-user-groups');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  const unique = `E2E-${Date.now().toString(36)}`;

  await scenario('admin signs in', page, async () => {
    await signIn(page, admin);
    await page.getByRole('heading', { name: 'Server information' }).waitFor();
    await shot(page, 'home');
  });

  await scenario('wrong password is refused', page, async () => {
    const other = await context.browser().newContext();
    const anonymous = await other.newPage();
    anonymous.setDefaultTimeout(timeout);
    await anonymous.goto(`${baseUrl}/part`);
    await anonymous.getByLabel('Username').fill(admin.username);
    await anonymous.locator('input[autocomplete="current-password"]').fill(`${admin.password}-wrong`);
    await anonymous.getByRole('button', { name: 'Sign in' }).click();
    await anonymous.getByRole('alert').filter({ hasText: 'not correct' }).waitFor();
    await other.close();
  });

  await scenario('browse categories', page, async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Parts' }).click();
    const tree = page.getByRole('navigation', { name: 'Part categories' });
    // by address: fixture categories 1 (Electronics) and 2 (Resistors); other tests add look-alike names
    await tree.locator('a[href="/part/category/1"]').click();
    await page.getByRole('heading', { name: 'Electronics', level: 2, exact: true }).waitFor();
    await tree.locator('a[href="/part/category/2"]').click();
    await page.getByRole('heading', { name: 'Resistors', level: 2, exact: true }).waitFor();
    expect(/\/part\/category\/\d+$/.test(page.url()), `category URL, got ${page.url()}`);
    // the table lists the category's parts (the fixture data has resistors)
    await page.getByRole('table', { name: 'Parts' }).locator('tbody tr').first().waitFor();
    await shot(page, 'parts-by-category');
  });

  await scenario('create a part in a category', page, async () => {
    await page.getByRole('button', { name: 'New part' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: false }).first().fill(unique);
    await dialog.getByLabel('Description').fill('Created by the browser tests');
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { name: unique, level: 2 }).waitFor();
    expect(/\/part\/\d+$/.test(page.url()), `part URL, got ${page.url()}`);
    // created inside Resistors: the breadcrumb leads back to it
    await page.getByRole('link', { name: 'Resistors' }).first().waitFor();
    await page.getByRole('table', { name: 'Part details' }).getByText('Created by the browser tests').waitFor();
    await shot(page, 'part-detail');
  });

  await scenario('administration pages', page, async () => {
    await page.goto(`${baseUrl}/admin/users`);
    await page.getByRole('table', { name: 'User' }).getByText(admin.username, { exact: true }).waitFor();
    await shot(page, 'admin-users');
    await page.getByRole('tab', { name: 'System settings' }).click();
    await page.getByRole('tab', { name: 'Parts' }).waitFor();
    await shot(page, 'admin-settings');
    await page.getByRole('tab', { name: 'Groups' }).click();
    await page.getByRole('table', { name: 'Group' }).locator('tbody tr').first().waitFor();
  });

  await scenario('global search', page, async () => {
    await page.getByLabel('Search', { exact: true }).fill(unique);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: unique }).first().waitFor();
    await shot(page, 'search');
  });

  await scenario('add and transfer stock on an item', page, async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Stock' }).click();
    await page.getByRole('heading', { name: 'Stock', level: 2, exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Stock locations' }).locator(`a[href="/stock/location/${stock.location}"]`).click();
    await page.getByRole('heading', { name: stock.locationName, level: 2 }).waitFor();
    await shot(page, 'stock-location');
    await page.getByRole('table', { name: 'Stock items' }).getByText(stock.part).first().click();
    await page.getByRole('heading', { name: stock.part, level: 2 }).waitFor();
    expect(/\/stock\/item\/\d+$/.test(page.url()), `stock item URL, got ${page.url()}`);
    await page.getByText('Quantity 10', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add stock' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(`Quantity of ${stock.part}`).fill('5');
    await dialog.getByLabel('Notes').fill('restocked by the browser tests');
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Quantity 15', { exact: true }).waitFor();

    // part of the item moves: the rest stays here, the moved pieces become a new item there
    await page.getByRole('button', { name: 'Transfer stock' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(`Quantity of ${stock.part}`).fill('4');
    await dialog.getByLabel('Destination').fill(stock.destination);
    await page.getByRole('option', { name: stock.destination }).click();
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Quantity 11', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Stock tracking' }).click();
    const history = page.getByRole('table', { name: 'Stock tracking' });
    await history.getByText('Stock manually added').waitFor();
    await history.getByText('restocked by the browser tests').waitFor();
    await history.getByText('Split child item').waitFor();
    await shot(page, 'stock-tracking');
  });

  await scenario('scan a barcode in the header', page, async () => {
    // a keyboard-wedge scanner types InvenTree's internal barcode of the location, then Enter
    await page.getByRole('button', { name: 'Scan barcode' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Barcode').fill(`{"stocklocation": ${stock.location}}`);
    await dialog.getByLabel('Barcode').press('Enter');
    await page.getByRole('heading', { name: stock.locationName, level: 2 }).waitFor();
    expect(page.url().endsWith(`/stock/location/${stock.location}`), `scanned location URL, got ${page.url()}`);

    await page.getByRole('button', { name: 'Scan barcode' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Barcode').fill(`${unique}-nothing`);
    await dialog.getByLabel('Barcode').press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'No match found for barcode data' }).waitFor();
    await shot(page, 'barcode-scan');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  await scenario('validate a BOM', page, () => validateBom(page));
  await scenario('parameters, price breaks, related parts, substitutes and a duplicate with its BOM', page, () => editPartRecords(page));
  await scenario('global search finds stock and locations', page, () => searchFindsStockAndLocations(page));
  await scenario('column choices follow the user to another browser', page, () => columnChoicesFollowTheUser(context, page));
  await scenario('parts move to a category in bulk', page, () => partsMoveToACategoryInBulk(page));
  await scenario('administrator sees a user\'s groups', page, () => administratorSeesAUsersGroups(page));
  if (install.assemblyItem !== '') {
    await scenario('install offers only the parts of the BOM', page, () => installOffersBomComponents(page));
  }

  await scenario('view-only user sees no write actions', page, async () => {
    await signOut(page);
    await signIn(page, viewer);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect((await nav.getByRole('link', { name: 'Administration' }).count()) === 0, 'no administration link');
    await nav.getByRole('link', { name: 'Parts' }).click();
    await page.getByRole('navigation', { name: 'Part categories' }).locator('a[href="/part/category/1"]').waitFor();
    await page.getByRole('table', { name: 'Parts' }).locator('tbody tr').first().waitFor();
    for (const action of ['New part', 'New category']) {
      expect((await page.getByRole('button', { name: action }).count()) === 0, `no "${action}" button`);
    }
    await shot(page, 'viewer-parts');
    await page.getByRole('table', { name: 'Parts' }).locator('tbody tr').first().click();
    await page.getByRole('table', { name: 'Part details' }).waitFor();
    for (const action of ['Edit', 'Duplicate', 'Delete']) {
      expect((await page.getByRole('button', { name: action, exact: true }).count()) === 0, `no "${action}" button`);
    }
    await shot(page, 'viewer-part-detail');
  });

  await scenario('view-only user sees no stock actions', page, async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Stock' }).click();
    await page.getByRole('navigation', { name: 'Stock locations' }).locator(`a[href="/stock/location/${stock.location}"]`).click();
    await page.getByRole('heading', { name: stock.locationName, level: 2 }).waitFor();
    for (const action of ['New location', 'Edit location', 'Delete location']) {
      expect((await page.getByRole('button', { name: action }).count()) === 0, `no "${action}" button`);
    }
    const table = page.getByRole('table', { name: 'Stock items' });
    await table.getByText(stock.part).first().waitFor();
    expect((await table.getByRole('checkbox').count()) === 0, 'no row selection for bulk actions');
    await table.getByText(stock.part).first().click();
    await page.getByRole('table', { name: 'Stock item details' }).waitFor();
    for (const action of stockActions) {
      expect((await page.getByRole('button', { name: action }).count()) === 0, `no "${action}" button`);
    }
    await shot(page, 'viewer-stock-item');
  });
} finally {
  await browser.close();
}

const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 && results.length > 0 ? 0 : 1);
