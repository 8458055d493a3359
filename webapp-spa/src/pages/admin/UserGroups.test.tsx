import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, renderWithProviders } from '../../test/render';
import { UserGroups } from './UserGroups';

const groups = [
  { pk: 1, name: 'Stores' },
  { pk: 2, name: 'Engineering' },
];

function input(): HTMLInputElement {
  return screen
    .getAllByLabelText('Groups', { exact: false })
    .find((e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type !== 'hidden') as HTMLInputElement;
}

describe('UserGroups', () => {
  it('adds a group to the user and saves the whole membership', async () => {
    const api = mockApi({
      'GET /api/user/group/': groups,
      'PATCH /api/user/7/': { pk: 7 },
    });
    const saved = vi.fn();
    renderWithProviders(<UserGroups user={7} current={[groups[0]]} canEdit onSaved={saved} />);
    expect((await screen.findAllByText('Stores')).length).toBeGreaterThan(0);
    input().focus();
    fireEvent.click(input());
    fireEvent.click(await screen.findByRole('option', { name: 'Engineering', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ group_ids: [1, 2] });
  });

  it('shows the server\'s refusal and offers no saving without the right', async () => {
    mockApi({
      'GET /api/user/group/': groups,
      'PATCH /api/user/7/': () => jsonResponse({ group_ids: ['Invalid pk "9"'] }, 400),
    });
    const view = renderWithProviders(<UserGroups user={7} current={[]} canEdit onSaved={() => {}} />);
    await screen.findByText('Save');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Invalid pk "9"')).toBeTruthy();
    view.unmount();

    renderWithProviders(<UserGroups user={7} current={[groups[1]]} canEdit={false} onSaved={() => {}} />);
    expect((await screen.findAllByText('Engineering')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(input().disabled).toBe(true);
  });
});
