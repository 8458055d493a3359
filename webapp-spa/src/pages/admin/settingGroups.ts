import { t } from '../../i18n/translate';

/** A setting as GET api/settings/global/ and api/settings/user/ list it. */
export interface Setting {
  pk: number;
  key: string;
  value: string;
  name: string;
  description: string;
  type: string;
  units: string;
  choices: { value: string; display_name: string }[] | null;
  read_only?: boolean;
}

export interface SettingGroup {
  title: () => string;
  prefixes: string[];
}

/**
 * The pages InvenTree's system settings are grouped into, matched by key prefix (first match
 * wins); a key no group claims is listed under "Other".
 */
export const GLOBAL_GROUPS: SettingGroup[] = [
  { title: () => t('Server'), prefixes: ['INVENTREE_', 'SERVER_', 'DISPLAY_', 'SITE_'] },
  { title: () => t('Login'), prefixes: ['LOGIN_', 'SIGNUP_', 'REGISTRATION_'] },
  { title: () => t('Barcodes'), prefixes: ['BARCODE_'] },
  { title: () => t('Notifications'), prefixes: ['NOTIFICATION', 'ENABLE_NOTIFICATION'] },
  { title: () => t('Pricing'), prefixes: ['PRICING_', 'CURRENCY_', 'PART_INTERNAL_PRICE', 'PART_BOM_USE_INTERNAL'] },
  { title: () => t('Labels'), prefixes: ['LABEL_'] },
  { title: () => t('Reporting'), prefixes: ['REPORT_'] },
  { title: () => t('Parts'), prefixes: ['PART_', 'CATEGORY_'] },
  { title: () => t('Stock'), prefixes: ['STOCK_', 'SERIAL_NUMBER_'] },
  { title: () => t('Build orders'), prefixes: ['BUILDORDER_', 'BUILD_'] },
  { title: () => t('Purchase orders'), prefixes: ['PURCHASEORDER_'] },
  { title: () => t('Sales orders'), prefixes: ['SALESORDER_'] },
  { title: () => t('Return orders'), prefixes: ['RETURNORDER_'] },
  { title: () => t('Projects'), prefixes: ['PROJECT_CODES'] },
];

/**
 * The pages of InvenTree's user settings: what the user searches, notifications, printing; what
 * is left (dates, icons, tables, forms) is how the interface shows things, InvenTree's "Display".
 */
export const USER_GROUPS: SettingGroup[] = [
  { title: () => t('Search'), prefixes: ['SEARCH_'] },
  { title: () => t('Notifications'), prefixes: ['NOTIFICATION_'] },
  { title: () => t('Reporting'), prefixes: ['LABEL_', 'REPORT_', 'LAST_USED_PRINTING'] },
];

export function groupSettings(
  settings: Setting[],
  groupsOf: SettingGroup[] = GLOBAL_GROUPS,
  restTitle: () => string = () => t('Other'),
): { title: string; settings: Setting[] }[] {
  const groups = groupsOf.map((group) => ({ title: group.title(), prefixes: group.prefixes, settings: [] as Setting[] }));
  const other: Setting[] = [];
  for (const setting of settings) {
    const group = groups.find((g) => g.prefixes.some((prefix) => setting.key.startsWith(prefix)));
    (group ? group.settings : other).push(setting);
  }
  return [
    ...groups.filter((g) => g.settings.length > 0).map(({ title, settings: s }) => ({ title, settings: s })),
    ...(other.length > 0 ? [{ title: restTitle(), settings: other }] : []),
  ];
}
