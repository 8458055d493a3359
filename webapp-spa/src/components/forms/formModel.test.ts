import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { formFields, initialValues, relatedLabel, submitBody, submitErrors, type FieldMeta } from './formModel';

const metadata: Record<string, FieldMeta> = {
  pk: { type: 'integer', read_only: true, label: 'ID' },
  name: { type: 'string', required: true, label: 'Name', max_length: 100 },
  description: { type: 'string', label: 'Description' },
  category: { type: 'related field', label: 'Category', model: 'partcategory', api_url: '/api/part/category/' },
  active: { type: 'boolean', label: 'Active', default: true },
  minimum_stock: { type: 'float', label: 'Minimum stock' },
  image: { type: 'image upload', label: 'Image' },
  default_expiry: { type: 'integer', label: 'Expiry', default: 0 },
};

describe('formFields', () => {
  it('keeps editable fields in the server order, without read-only or upload fields', () => {
    expect(formFields(metadata).map((f) => f.name)).toEqual([
      'name',
      'description',
      'category',
      'active',
      'minimum_stock',
      'default_expiry',
    ]);
  });

  it('follows a chosen order, exclusions and overrides', () => {
    const fields = formFields(metadata, {
      only: ['category', 'name', 'nosuch'],
      overrides: { category: { hidden: true } },
    });
    expect(fields.map((f) => f.name)).toEqual(['category', 'name']);
    expect(fields[0].hidden).toBe(true);
    expect(formFields(metadata, { exclude: ['description'] }).map((f) => f.name)).not.toContain('description');
    expect(formFields(undefined)).toEqual([]);
  });
});

describe('values', () => {
  const fields = formFields(metadata);

  it('starts from the object, then defaults, then empty values', () => {
    expect(initialValues(fields, { name: 'R1' })).toEqual({
      name: 'R1',
      description: '',
      category: null,
      active: true,
      minimum_stock: null,
      default_expiry: 0,
    });
  });

  it('sends numbers as numbers, an empty relation as null, and leaves empty numbers out', () => {
    expect(
      submitBody(fields, {
        name: 'R1',
        description: '',
        category: '4',
        active: false,
        minimum_stock: '',
        default_expiry: '30',
      }),
    ).toEqual({ name: 'R1', description: '', category: 4, active: false, default_expiry: 30 });
    expect(submitBody(fields, { category: '' })).toMatchObject({ category: null });
    expect('minimum_stock' in submitBody(fields, { minimum_stock: null })).toBe(false);
  });
});

describe('submitErrors', () => {
  const fields = formFields(metadata, { overrides: { category: { hidden: true } } });

  it('puts messages beside shown fields and the rest at the top', () => {
    const error = new ApiError(400, 'Bad Request', '/api/part/', {
      name: ['This field is required.'],
      category: ['Invalid pk "99" - object does not exist.'],
      non_field_errors: ['Duplicate part'],
    });
    expect(submitErrors(error, fields)).toEqual({
      fields: { name: 'This field is required.' },
      general: ['category: Invalid pk "99" - object does not exist.', 'Duplicate part'],
    });
  });

  it('reports a refusal or a failure as one general message', () => {
    const forbidden = new ApiError(403, 'Forbidden', '/api/part/', {
      detail: 'You do not have permission to perform this action.',
    });
    expect(submitErrors(forbidden, fields)).toEqual({
      fields: {},
      general: ['You do not have permission to perform this action.'],
    });
    expect(submitErrors(new Error('network down'), fields).general).toEqual(['network down']);
  });
});

describe('relatedLabel', () => {
  it('prefers the fullest name', () => {
    expect(relatedLabel({ pk: 3, name: 'R', full_name: 'R | 10k' })).toBe('R | 10k');
    expect(relatedLabel({ pk: 3, pathstring: 'Elec/Res', name: 'Res' })).toBe('Elec/Res');
    expect(relatedLabel({ pk: 9, username: 'sam' })).toBe('sam');
    expect(relatedLabel({ pk: 9 })).toBe('9');
  });

  it('names a stock item by its part with its serial number or quantity', () => {
    expect(relatedLabel({ pk: 4, part_detail: { full_name: 'W-1 | Widget' }, serial: '12', quantity: 1 })).toBe('W-1 | Widget #12');
    expect(relatedLabel({ pk: 5, part_detail: { full_name: 'W-1 | Widget' }, serial: null, quantity: 30 })).toBe('W-1 | Widget × 30');
  });
});
