import { afterEach, describe, expect, it } from 'vitest';
import { registerCatalog, setLocale, t } from './translate';

describe('t', () => {
  afterEach(() => setLocale('en'));

  it('returns the English id when no catalog is active', () => {
    expect(t('Parts')).toBe('Parts');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('{count} parts in {name}', { count: 3, name: 'Resistors' })).toBe('3 parts in Resistors');
    expect(t('Hello {who}', {})).toBe('Hello {who}');
  });

  it('uses the active catalog and falls back to English for missing entries', () => {
    registerCatalog('de', { Parts: 'Teile', '{count} parts': '{count} Teile' });
    setLocale('de');
    expect(t('Parts')).toBe('Teile');
    expect(t('{count} parts', { count: 2 })).toBe('2 Teile');
    expect(t('Stock')).toBe('Stock');
  });

  it('ignores an unknown locale', () => {
    setLocale('xx');
    expect(t('Parts')).toBe('Parts');
  });
});
