/**
 * The translation layer. Every user-visible string goes through {@link t}: the English text is the
 * message id (as gettext and Lingui do), so English needs no catalog and a missing translation
 * falls back to readable English. Another language is a catalog mapping English ids to its text.
 * Placeholders are written {name} and filled from the values given.
 */
export type Catalog = Readonly<Record<string, string>>;

const catalogs: Record<string, Catalog> = { en: {} };
let activeLocale = 'en';

export function registerCatalog(locale: string, catalog: Catalog): void {
  catalogs[locale] = catalog;
}

export function setLocale(locale: string): void {
  activeLocale = catalogs[locale] ? locale : 'en';
}

export function currentLocale(): string {
  return activeLocale;
}

export function t(message: string, values?: Record<string, string | number>): string {
  const translated = catalogs[activeLocale]?.[message] ?? message;
  if (!values) return translated;
  return translated.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
