import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionHandlers } from '../../test/render';
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

function renderPart(roles: Record<string, ('view' | 'add' | 'change' | 'delete')[]>, overrides = {}) {
  mockApi({ ...sessionHandlers(roles), 'GET /api/part/12/': { ...part, ...overrides } });
  return renderWithProviders(
    <Routes>
      <Route path="/part/:partId" element={<PartDetailPage />} />
    </Routes>,
    { route: '/part/12', withSession: true },
  );
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

describe('deleteBlocker', () => {
  it('explains why a part cannot be deleted', () => {
    expect(deleteBlocker({ active: true, locked: false })).toContain('inactive');
    expect(deleteBlocker({ active: false, locked: true })).toContain('Locked');
    expect(deleteBlocker({ active: false, locked: false })).toBeNull();
  });
});
