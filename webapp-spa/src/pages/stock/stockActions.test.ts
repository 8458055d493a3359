import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { actionErrors, actionRequest, allowedActions, initialLines } from './stockActions';

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

describe('initialLines', () => {
  it('starts a count and a transfer from the quantity in stock, an add empty', () => {
    const items = [{ pk: 3, quantity: 12 }];
    expect(initialLines('count', items)).toEqual([{ pk: 3, quantity: 12 }]);
    expect(initialLines('transfer', items)).toEqual([{ pk: 3, quantity: 12 }]);
    expect(initialLines('add', items)).toEqual([{ pk: 3, quantity: '' }]);
  });
});

describe('actionErrors', () => {
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
  it('offers every action, the status change included, with the add permission only', () => {
    expect(allowedActions((p) => p === 'add')).toEqual(['count', 'add', 'remove', 'transfer', 'status']);
    expect(allowedActions((p) => p === 'change')).toEqual([]);
    expect(allowedActions(() => false)).toEqual([]);
  });
});
