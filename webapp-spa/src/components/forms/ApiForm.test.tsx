import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, paged, renderWithProviders } from '../../test/render';
import { ApiForm } from './ApiForm';

const partOptions = {
  name: 'Part List',
  actions: {
    POST: {
      pk: { type: 'integer', read_only: true, label: 'ID' },
      name: { type: 'string', required: true, label: 'Name', help_text: 'Part name', max_length: 100 },
      category: {
        type: 'related field',
        label: 'Category',
        model: 'partcategory',
        api_url: '/api/part/category/',
        pk_field: 'pk',
      },
      units: {
        type: 'choice',
        label: 'Units',
        choices: [
          { value: 'm', display_name: 'metre' },
          { value: 'kg', display_name: 'kilogram' },
        ],
      },
      active: { type: 'boolean', label: 'Active', default: true },
      minimum_stock: { type: 'float', label: 'Minimum stock' },
    },
  },
};

describe('ApiForm', () => {
  it('builds its fields from OPTIONS and shows 400 errors beside them', async () => {
    const api = mockApi({
      'OPTIONS /api/part/': partOptions,
      'GET /api/part/category/': paged([{ pk: 1, name: 'Electronics', pathstring: 'Electronics' }]),
      'POST /api/part/': () =>
        jsonResponse({ name: ['Part with this name already exists.'], non_field_errors: ['Bad part'] }, 400),
    });
    const success = vi.fn();
    renderWithProviders(<ApiForm metadataPath="api/part/" submitPath="api/part/" method="POST" onSuccess={success} />);

    const name = await screen.findByLabelText(/Name/);
    expect(screen.getByText('Part name')).toBeTruthy();
    expect(name.hasAttribute('required')).toBe(true);
    expect(screen.queryByLabelText('ID')).toBeNull();
    expect((screen.getByLabelText('Active') as HTMLInputElement).checked).toBe(true);

    fireEvent.change(name, { target: { value: 'Resistor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('Part with this name already exists.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Bad part');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(success).not.toHaveBeenCalled();
    const post = api.requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ name: 'Resistor', category: null, units: '', active: true });
  });

  it('picks a related object by searching its API and submits its id', async () => {
    const api = mockApi({
      'OPTIONS /api/part/': partOptions,
      'GET /api/part/category/': (r) =>
        paged(
          r.params.get('search') === 'mech'
            ? [{ pk: 7, name: 'Mechanical', pathstring: 'Mechanical' }]
            : [{ pk: 1, name: 'Electronics', pathstring: 'Electronics' }],
        ),
      'GET /api/part/category/7/': { pk: 7, name: 'Mechanical', pathstring: 'Mechanical' },
      'POST /api/part/': (r) => jsonResponse({ pk: 99, ...(r.body as object) }, 201),
    });
    const success = vi.fn();
    renderWithProviders(
      <ApiForm
        metadataPath="api/part/"
        submitPath="api/part/"
        method="POST"
        initial={{ name: 'Bolt' }}
        onSuccess={success}
      />,
    );

    await screen.findByText('Category');
    const category = screen
      .getAllByLabelText('Category')
      .find((e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type !== 'hidden') as HTMLElement;
    // Mantine ignores changes to an unfocused input (autofill): type into a focused one
    category.focus();
    fireEvent.click(category);
    fireEvent.change(category, { target: { value: 'mech' } });
    await waitFor(() =>
      expect(api.requests.some((r) => r.path === '/api/part/category/' && r.params.get('search') === 'mech')).toBe(true),
    );
    fireEvent.click(await screen.findByRole('option', { name: 'Mechanical', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));

    await waitFor(() => expect(success).toHaveBeenCalled());
    expect(api.requests.find((r) => r.method === 'POST')?.body).toMatchObject({ name: 'Bolt', category: 7 });
    expect(api.requests.find((r) => r.method === 'POST')?.headers.get('Content-Type')).toBe('application/json');
  });

  it('says so when the user may not use the action', async () => {
    mockApi({ 'OPTIONS /api/part/': { name: 'Part List', actions: {} } });
    renderWithProviders(<ApiForm metadataPath="api/part/" submitPath="api/part/" method="POST" onSuccess={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toContain('permission');
    expect(screen.queryByRole('button', { name: 'Submit' })).toBeNull();
  });
});
