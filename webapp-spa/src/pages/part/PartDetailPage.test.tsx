import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, renderWithProviders, sessionHandlers } from '../../test/render';
import { copyOptions } from './DuplicatePart';
import { deleteBlocker, PartDetailPage } from './PartDetailPage';

const part = {
  pk: 12,
  name: 'Widget',
  full_name: 'W-12 | Widget',
  IPN: 'W-12',
  description: 'A small widget',
  category: 3,
  category_path: [
    { pk: 1, name: 'Electronics' },
    { pk: 3, name: 'Resistors' },
  ],
  active: true,
  locked: false,
  is_template: true,
  notes: '**Handle** with care <script>alert(1)</script>',
  in_stock: 0,
  minimum_stock: 0,
};

const partOptions = {
  actions: {
    POST: {
      name: { type: 'string', required: true, label: 'Name' },
      description: { type: 'string', label: 'Description' },
      assembly: { type: 'boolean', label: 'Assembly' },
      duplicate: { type: 'nested object', label: 'Duplicate Part' },
    },
  },
};

function renderPart(roles: Record<string, ('view' | 'add' | 'change' | 'delete')[]>, overrides = {}) {
  const api = mockApi({
    ...sessionHandlers(roles),
    'GET /api/part/12/': { ...part, ...overrides },
    'OPTIONS /api/part/': partOptions,
    'POST /api/part/': () => jsonResponse({ ...part, pk: 13 }, 201),
  });
  renderWithProviders(
    <Routes>
      <Route path="/part/:partId" element={<PartDetailPage />} />
    </Routes>,
    { route: '/part/12', withSession: true },
  );
  return api;
}

describe('PartDetailPage', () => {
  it('shows the part with its category path and no write actions to a viewer', async () => {
    renderPart({ part: ['view'] });
    expect(await screen.findByRole('heading', { name: 'W-12 | Widget' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Resistors' }).getAttribute('href')).toBe('/part/category/3');
    expect(screen.getByRole('tab', { name: 'Variants' })).toBeTruthy();
    for (const action of ['Edit', 'Duplicate', 'Delete']) {
      expect(screen.queryByRole('button', { name: action })).toBeNull();
    }
  });

  it('offers edit and duplicate, and disables delete while the part is active', async () => {
    renderPart({ part: ['view', 'add', 'change', 'delete'] });
    await screen.findByRole('heading', { name: 'W-12 | Widget' });
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Duplicate' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete' }).hasAttribute('disabled')).toBe(true);
  });

  it('enables delete for an inactive part and hides Variants for a non-template', async () => {
    renderPart({ part: ['view', 'delete'] }, { active: false, is_template: false });
    await screen.findByRole('heading', { name: 'W-12 | Widget' });
    expect(screen.getByRole('button', { name: 'Delete' }).hasAttribute('disabled')).toBe(false);
    expect(screen.queryByRole('tab', { name: 'Variants' })).toBeNull();
  });
});

describe('PartDetailPage tabs', () => {
  const tabs = () => screen.getAllByRole('tab').map((tab) => tab.textContent);

  it('shows an assembly its BOM and a component where it is used, to users who may read BOMs', async () => {
    renderPart({ part: ['view'], bom: ['view'] }, { is_template: false, assembly: true, component: true });
    await screen.findByRole('heading', { name: 'W-12 | Widget' });
    expect(tabs()).toEqual([
      'Details', 'Parameters', 'Bill of materials', 'Used in', 'Pricing', 'Related parts', 'Attachments', 'Notes',
    ]);
  });

  it('hides the BOM from users without the bom role, and shows test templates of a testable part', async () => {
    renderPart({ part: ['view'] }, { is_template: false, assembly: true, testable: true });
    await screen.findByRole('heading', { name: 'W-12 | Widget' });
    expect(tabs()).not.toContain('Bill of materials');
    expect(tabs()).toContain('Test templates');
  });

  it('offers parameter changes on an unlocked part to those who may change parts', async () => {
    renderPart({ part: ['view', 'change', 'delete'] });
    await screen.findByRole('heading', { name: 'W-12 | Widget' });
    fireEvent.click(screen.getByRole('tab', { name: 'Parameters' }));
    await screen.findByRole('button', { name: 'Add parameter' });
  });

  it('offers no parameter changes on a locked part', async () => {
    renderPart({ part: ['view', 'add', 'change', 'delete'] }, { locked: true });
    await screen.findByRole('heading', { name: 'W-12 | Widget' });
    fireEvent.click(screen.getByRole('tab', { name: 'Parameters' }));
    await screen.findByRole('table', { name: 'Parameters' });
    expect(screen.queryByRole('button', { name: 'Add parameter' })).toBeNull();
  });
});

describe('Duplicate part', () => {
  it('sends what to copy from the original with the new part', async () => {
    const api = renderPart({ part: ['view', 'add'] }, { assembly: true, testable: false });
    fireEvent.click(await screen.findByRole('button', { name: 'Duplicate' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByLabelText('Copy bill of materials');
    expect(within(dialog).queryByLabelText('Copy test templates')).toBeNull();
    fireEvent.click(within(dialog).getByLabelText('Copy bill of materials'));
    fireEvent.click(within(dialog).getByLabelText('Copy parameters'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = api.requests.find((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({
      name: 'Widget',
      assembly: true,
      duplicate: { original: 12, copy_bom: true, copy_parameters: false, copy_notes: true },
    });
  });

  it('offers only what the original has', () => {
    const names = (part: { assembly: boolean; testable: boolean; image?: string | null }) =>
      copyOptions(part).map((option) => option.name);
    expect(names({ assembly: false, testable: false })).toEqual(['copy_parameters', 'copy_notes']);
    expect(names({ assembly: true, testable: true, image: '/media/x.png' })).toEqual([
      'copy_image', 'copy_bom', 'copy_parameters', 'copy_tests', 'copy_notes',
    ]);
  });
});

describe('deleteBlocker', () => {
  it('explains why a part cannot be deleted', () => {
    expect(deleteBlocker({ active: true, locked: false })).toContain('inactive');
    expect(deleteBlocker({ active: false, locked: true })).toContain('Locked');
    expect(deleteBlocker({ active: false, locked: false })).toBeNull();
  });
});
