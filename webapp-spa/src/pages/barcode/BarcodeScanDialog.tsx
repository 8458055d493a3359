import { ActionIcon, Alert, Button, Group, Modal, Stack, TextInput, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiEndpoints } from '../../api/endpoints';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { scanError, scanTarget, scannedText, unknownObjectMessage } from './scan';

/**
 * Looks a barcode up and opens the object it belongs to. The input keeps the focus so a
 * keyboard-wedge scanner, which types the code and presses Enter, scans without a click.
 */
export function BarcodeScanForm({ onFound }: { onFound: () => void }) {
  const api = useApi();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const barcode = scannedText(text);
    if (barcode === null || busy) return;
    setBusy(true);
    try {
      const answer = await api.post<unknown>(ApiEndpoints.barcode, { barcode });
      const target = scanTarget(answer);
      if (target === null) {
        setError(unknownObjectMessage());
      } else {
        setError(null);
        onFound();
        void navigate(target);
      }
    } catch (e) {
      setError(scanError(e));
    } finally {
      // the next scan starts from an empty input whatever this one found
      setText('');
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t('Barcode')}
          description={t('Scan a barcode or type it and press Enter')}
          data-autofocus
          autoComplete="off"
          value={text}
          readOnly={busy}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('Scan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Bars of a barcode, drawn so the button needs no icon font (not every system has the glyphs). */
function BarcodeIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" fill="currentColor">
      {[
        [1, 2],
        [4, 1],
        [6, 2],
        [9, 1],
        [11, 1],
        [13, 2],
        [16, 1],
      ].map(([x, width]) => (
        <rect key={x} x={x} y={3} width={width} height={12} />
      ))}
    </svg>
  );
}

/** The header's scan button and the dialog it opens. */
export function BarcodeScanButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const label = t('Scan barcode');
  return (
    <>
      <Tooltip label={label}>
        <ActionIcon variant="default" size="lg" aria-label={label} onClick={open}>
          <BarcodeIcon />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={label}>
        <BarcodeScanForm onFound={close} />
      </Modal>
    </>
  );
}
