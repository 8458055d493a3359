import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { actionApplies, actionErrors, actionRequest, allowedActions, initialLines, installChoices, settingIsOn } from './stockActions';

const refused = (body: unknown, status = 400) => new ApiError(status, 'Bad Request', '/api/stock/add/', body);

describe('actionRequest', () => {
  it('posts the lines with decimal quantities and the notes', () => {
    expect(actionRequest('add', [{ pk: 4, quantity: 2.5 }, { pk: 9, quantity: ' 3 ' }], { notes: 'restock' })).toEqual({
      method: 'POST',
      path: 'api/stock/add/',
      body: { items: [{ pk: 4, quantity: '2.5' }, { pk: 9, quantity: '3' }], notes: 'restock' },
    });
  });

  it('adds the destination only to a transfer', () => {
    const transfer = actionRequest('transfer', [{ pk: 1, quantity: 5 }], { location: 7, notes: '' });
    expect(transfer.path).toBe('api/stock/transfer/');
    expect(transfer.body.location).toBe(7);
    expect(actionRequest('remove', [{ pk: 1, quantity: 5 }], { location: 7 }).body).not.toHaveProperty('location');
    expect(actionRequest('count', [{ pk: 1, quantity: 0 }]).path).toBe('api/stock/count/');
  });

  it('changes the status of the items through change_status with the note', () => {
    expect(
      actionRequest('status', [{ pk: 1, quantity: 5 }, { pk: 2, quantity: '' }], { status: 50, notes: 'dented' }),
    ).toEqual({
      method: 'POST',
      path: 'api/stock/change_status/',
      body: { items: [1, 2], status: 50, note: 'dented' },
    });
  });
});

describe('actionRequest of the other stock actions', () => {
  it('merges the items by id into a location with the mismatch switches', () => {
    expect(
      actionRequest('merge', [{ pk: 3, quantity: 1 }, { pk: 8, quantity: 2 }], {
        location: 5,
        notes: 'tidy',
        allowMismatchedStatus: true,
      }),
    ).toEqual({
      method: 'POST',
      path: 'api/stock/merge/',
      body: {
        items: [{ item: 3 }, { item: 8 }],
        location: 5,
        notes: 'tidy',
        allow_mismatched_suppliers: false,
        allow_mismatched_status: true,
      },
    });
  });

  it('assigns the items by id to a customer', () => {
    expect(actionRequest('assign', [{ pk: 3, quantity: 1 }], { customer: 12, notes: 'sold' })).toEqual({
      method: 'POST',
      path: 'api/stock/assign/',
      body: { items: [{ item: 3 }], customer: 12, notes: 'sold' },
    });
  });

  it('returns the lines with their quantities to a location, merging on request', () => {
    expect(actionRequest('return', [{ pk: 3, quantity: ' 4 ' }], { location: 2, merge: true })).toEqual({
      method: 'POST',
      path: 'api/stock/return/',
      body: { items: [{ pk: 3, quantity: '4' }], location: 2, notes: '', merge: true },
    });
  });

  it('posts the single-item actions to the item path in their own field names', () => {
    expect(actionRequest('serialize', [{ pk: 6, quantity: 3 }], { serialNumbers: ' 1-3 ', location: 4, notes: 'n' })).toEqual({
      method: 'POST',
      path: 'api/stock/6/serialize/',
      body: { quantity: '3', serial_numbers: '1-3', destination: 4, notes: 'n' },
    });
    expect(actionRequest('install', [{ pk: 6, quantity: 1 }], { stockItem: 9, quantity: '2', notes: 'fit' })).toEqual({
      method: 'POST',
      path: 'api/stock/6/install/',
      body: { stock_item: 9, quantity: '2', note: 'fit' },
    });
    expect(actionRequest('uninstall', [{ pk: 6, quantity: 1 }], { location: 4, notes: 'out' })).toEqual({
      method: 'POST',
      path: 'api/stock/6/uninstall/',
      body: { location: 4, note: 'out' },
    });
  });
});

describe('initialLines', () => {
  it('starts a count and a transfer from the quantity in stock, an add empty', () => {
    const items = [{ pk: 3, quantity: 12 }];
    expect(initialLines('count', items)).toEqual([{ pk: 3, quantity: 12 }]);
    expect(initialLines('transfer', items)).toEqual([{ pk: 3, quantity: 12 }]);
    expect(initialLines('add', items)).toEqual([{ pk: 3, quantity: '' }]);
  });
});

describe('actionErrors', () => {
  it('shows the item fields of the single-item actions beside their inputs', () => {
    const errors = actionErrors(
      refused({ quantity: ['Invalid quantity'], serial_numbers: ['Serial numbers already exist: 3'], destination: ['Required'] }),
      1,
      'serialize',
    );
    expect(errors.lines).toEqual(['Invalid quantity']);
    expect(errors.fields).toEqual({ serial_numbers: 'Serial numbers already exist: 3', location: 'Required' });
    const install = actionErrors(refused({ stock_item: ['Item is already installed'], note: ['Too long'] }), 1, 'install');
    expect(install.fields).toEqual({ stock_item: 'Item is already installed', notes: 'Too long' });
    expect(actionErrors(refused({ quantity: ['Too many'] }), 1, 'install').fields).toEqual({ quantity: 'Too many' });
  });

  it('places a merge or assignment refusal of one item beside it and the customer beside its select', () => {
    const errors = actionErrors(refused({ items: [{ item: ['Item is not in stock'] }, {}], customer: ['Not a customer'] }), 2, 'assign');
    expect(errors.lines).toEqual(['Item is not in stock', null]);
    expect(errors.fields).toEqual({ customer: 'Not a customer' });
  });

  it('places per-line messages beside their line', () => {
    const errors = actionErrors(refused({ items: [{}, { quantity: ['Must be greater than zero'] }] }), 3);
    expect(errors.lines).toEqual([null, 'Must be greater than zero', null]);
    expect(errors.general).toEqual([]);
  });

  it('puts dialog fields beside them and a message about all items above', () => {
    const errors = actionErrors(refused({ location: ['This field is required.'], items: ['A list of items is required'] }), 1);
    expect(errors.fields).toEqual({ location: 'This field is required.' });
    expect(errors.general).toEqual(['A list of items is required']);
    expect(errors.lines).toEqual([null]);
  });

  it('names unknown fields and reads the detail of other failures', () => {
    expect(actionErrors(refused({ batch: ['Too long'] }), 1).general).toEqual(['batch: Too long']);
    expect(actionErrors(refused({ detail: 'You do not have permission' }, 403), 1).general).toEqual([
      'You do not have permission',
    ]);
    expect(actionErrors(new Error('offline'), 2).general).toEqual(['offline']);
  });
});

describe('allowedActions', () => {
  const inStock = { in_stock: true, serial: null, belongs_to: null };

  it('offers every action, the status change included, with the add permission only', () => {
    expect(allowedActions((p) => p === 'add')).toEqual([
      'count',
      'add',
      'remove',
      'transfer',
      'status',
      'merge',
      'assign',
      'return',
    ]);
    expect(allowedActions((p) => p === 'change', inStock)).toEqual([]);
    expect(allowedActions((p) => p === 'change')).toEqual([]);
    expect(allowedActions(() => false)).toEqual([]);
  });

  it('offers an item what it can take: return out of stock, uninstall when installed, no second serialization', () => {
    const can = () => true;
    expect(allowedActions(can, inStock)).toEqual([
      'count',
      'add',
      'remove',
      'transfer',
      'status',
      'merge',
      'assign',
      'serialize',
      'install',
    ]);
    expect(allowedActions(can, { in_stock: false, serial: null, belongs_to: null })).toEqual(['status', 'return']);
    expect(allowedActions(can, { in_stock: false, serial: '7', belongs_to: 4 })).toEqual(['status', 'uninstall']);
    expect(actionApplies('serialize', { ...inStock, serial: '12' })).toBe(false);
  });
});

describe('installChoices', () => {
  it('offers trackable parts of the BOM while the BOM check is on, then free tracked items of the part', () => {
    expect(installChoices({ part: 5 }, true, null)).toEqual({
      partParams: { trackable: true, in_bom_for: 5 },
      itemParams: { part_detail: true, in_stock: true, available: true, tracked: true },
    });
    expect(installChoices({ part: 5 }, false, 8)).toEqual({
      partParams: { trackable: true },
      itemParams: { part_detail: true, in_stock: true, available: true, tracked: true, part: 8 },
    });
  });

  it('reads a boolean setting however the server spells it', () => {
    expect(['True', true, '1', 'yes'].map(settingIsOn)).toEqual([true, true, true, true]);
    expect(['False', false, '', null].map(settingIsOn)).toEqual([false, false, false, false]);
  });
});
