import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, renderWithProviders } from '../../test/render';
import { BarcodeScanButton, BarcodeScanForm } from './BarcodeScanDialog';

function Where() {
  return <div data-testid="where">{useLocation().pathname}</div>;
}

function scan(text: string) {
  const input = screen.getByLabelText('Barcode');
  fireEvent.change(input, { target: { value: text } });
  // a keyboard-wedge scanner ends its input with Enter, which submits the form
  fireEvent.submit(input.closest('form')!);
}

describe('BarcodeScanForm', () => {
  it('posts the scanned text and opens the stock item found', async () => {
    const api = mockApi({ 'POST /api/barcode/': { stockitem: { pk: 42 }, success: 'Match found for barcode data' } });
    const found = vi.fn();
    renderWithProviders(
      <Routes>
        <Route path="*" element={<><BarcodeScanForm onFound={found} /><Where /></>} />
      </Routes>,
    );

    scan(' ST-0042\n');
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/stock/item/42'));
    expect(found).toHaveBeenCalled();
    expect(api.requests[0]).toMatchObject({ method: 'POST', path: '/api/barcode/', body: { barcode: 'ST-0042' } });
  });

  it('shows the error text of a refused scan and stays for the next one', async () => {
    mockApi({ 'POST /api/barcode/': () => jsonResponse({ error: 'No match found for barcode data' }, 400) });
    const found = vi.fn();
    renderWithProviders(<BarcodeScanForm onFound={found} />);

    scan('unknown');
    expect(await screen.findByText('No match found for barcode data')).toBeTruthy();
    expect(found).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Barcode') as HTMLInputElement).value).toBe('');
  });

  it('sends nothing for an empty scan', async () => {
    const api = mockApi({});
    renderWithProviders(<BarcodeScanForm onFound={() => {}} />);
    scan('   ');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(api.requests).toEqual([]);
  });
});

describe('BarcodeScanButton', () => {
  it('opens the scan dialog from the header and goes to the location found', async () => {
    mockApi({ 'POST /api/barcode/': { stocklocation: { pk: 3 } } });
    renderWithProviders(
      <Routes>
        <Route path="*" element={<><BarcodeScanButton /><Where /></>} />
      </Routes>,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Scan barcode' }));
    await screen.findByLabelText('Barcode');
    scan('LOC-3');
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/stock/location/3'));
  });
});
