import { describe, expect, it } from 'vitest';
import { untranslatedStrings } from './untranslated';

// every source file of the interface as text (tests and their fixtures left out)
const SOURCES = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('untranslatedStrings', () => {
  it('finds text, labels and titles that bypass t()', () => {
    const source = `
      const columns = [{ accessor: 'name', title: 'Name' }, { accessor: 'ipn', title: t('IPN') }];
      export const A = () => (
        <div>
          <Button aria-label="Close dialog" label={t('Fine')}>Save changes</Button>
          <Text>{t('Fine')}</Text>
          <Text>{busy ? 'Working' : t('Fine')}</Text>
          <TextInput placeholder={name ?? 'Search parts'} />
          <ActionIcon>↑</ActionIcon>
        </div>
      );`;
    expect(untranslatedStrings('a.tsx', source).map((f) => f.text)).toEqual([
      'Name',
      'Close dialog',
      'Save changes',
      'Working',
      'Search parts',
    ]);
  });
});

describe('the interface', () => {
  it('sends every visible string through the translation layer', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(40);
    const found = Object.entries(SOURCES).flatMap(([file, source]) =>
      untranslatedStrings(file, source).map((f) => `${f.file}:${f.line} ${f.text}`),
    );
    expect(found).toEqual([]);
  });
});
