import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, paged, renderWithProviders } from '../../test/render';
import { SetCategoryDialog } from './SetCategoryDialog';
import type { Part } from './types';

const parts = [{ pk: 3, name: 'Widget' }, { pk: 4, name: 'Gadget' }] as Part[];

function chooseCategory() {
  const input = screen
    .getAllByLabelText('Category', { exact: false })
    .find((e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type !== 'hidden') as HTMLElement;
  input.focus();
  fireEvent.click(input);
}

describe('SetCategoryDialog', () => {
  it('moves every selected part into a category that may hold parts', async () => {
    const api = mockApi({
      'GET /api/part/category/': paged([{ pk: 8, name: 'Fasteners', pathstring: 'Mechanical/Fasteners' }]),
      'PATCH /api/part/3/': { pk: 3 },
      'PATCH /api/part/4/': { pk: 4 },
    });
    const closed = vi.fn();
    renderWithProviders(<SetCategoryDialog parts={parts} onClose={closed} />);
    expect(await screen.findByText('2 parts move to the chosen category.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit' }).hasAttribute('disabled')).toBe(true);
    chooseCategory();
    fireEvent.click(await screen.findByRole('option', { name: 'Mechanical/Fasteners', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => [r.path, r.body])).toEqual([
      ['/api/part/3/', { category: 8 }],
      ['/api/part/4/', { category: 8 }],
    ]);
    expect(api.requests.find((r) => r.path === '/api/part/category/')?.params.get('structural')).toBe('false');
  });

  it('shows the refusal and stays open', async () => {
    mockApi({
      'GET /api/part/category/': paged([{ pk: 8, name: 'Fasteners', pathstring: 'Fasteners' }]),
      'PATCH /api/part/3/': () => jsonResponse({ category: ['Parts cannot be assigned to structural part categories!'] }, 400),
    });
    const closed = vi.fn();
    renderWithProviders(<SetCategoryDialog parts={parts} onClose={closed} />);
    await screen.findByText('2 parts move to the chosen category.');
    chooseCategory();
    fireEvent.click(await screen.findByRole('option', { name: 'Fasteners', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect((await screen.findByRole('alert')).textContent).toContain('structural');
    expect(closed).not.toHaveBeenCalled();
  });
});
