import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { scanError, scanTarget, scannedText } from './scan';

const refused = (body: unknown, status = 400) => new ApiError(status, 'Bad Request', '/api/barcode/', body);

describe('scanTarget', () => {
  it('opens the page of the object the scan found', () => {
    expect(scanTarget({ stockitem: { pk: 12, api_url: '/api/stock/12/' }, success: 'Match found' })).toBe('/stock/item/12');
    expect(scanTarget({ stocklocation: { pk: 3 } })).toBe('/stock/location/3');
    expect(scanTarget({ part: { pk: '7' } })).toBe('/part/7');
  });

  it('finds nothing in an answer without an object', () => {
    expect(scanTarget({ error: 'No match found for barcode data' })).toBeNull();
    expect(scanTarget({ part: { pk: 'x' } })).toBeNull();
    expect(scanTarget(null)).toBeNull();
  });
});

describe('scanError', () => {
  it('shows the error text of a refused scan, else its field messages or detail', () => {
    expect(scanError(refused({ error: 'No match found for barcode data', barcode_data: 'X1' }))).toBe(
      'No match found for barcode data',
    );
    expect(scanError(refused({ barcode: ['This field may not be blank.'] }))).toBe('This field may not be blank.');
    expect(scanError(refused({ detail: 'Authentication credentials were not provided.' }, 401))).toBe(
      'Authentication credentials were not provided.',
    );
    expect(scanError(new Error('offline'))).toBe('offline');
  });
});

describe('scannedText', () => {
  it('drops the whitespace and line ends a scanner adds, and ignores an empty scan', () => {
    expect(scannedText('  {"stockitem": 5}\r\n')).toBe('{"stockitem": 5}');
    expect(scannedText(' \n ')).toBeNull();
  });
});
