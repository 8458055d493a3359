import { describe, expect, it } from 'vitest';
import { groupSettings, USER_GROUPS, type Setting } from './settingGroups';

function setting(key: string): Setting {
  return { pk: 1, key, value: '', name: key, description: '', type: 'string', units: '', choices: null };
}

describe('groupSettings', () => {
  it('groups settings by their key prefix, in InvenTree page order, with leftovers last', () => {
    const groups = groupSettings(
      ['STOCK_ENABLE_EXPIRY', 'PART_IPN_REGEX', 'INVENTREE_INSTANCE', 'SOMETHING_NEW', 'PART_TEMPLATE'].map(setting),
    );
    expect(groups.map((g) => g.title)).toEqual(['Server', 'Parts', 'Stock', 'Other']);
    expect(groups[1].settings.map((s) => s.key)).toEqual(['PART_IPN_REGEX', 'PART_TEMPLATE']);
    expect(groups[3].settings.map((s) => s.key)).toEqual(['SOMETHING_NEW']);
  });

  it('does not list the internal-price settings under Parts', () => {
    const groups = groupSettings([setting('PART_INTERNAL_PRICE')]);
    expect(groups.map((g) => g.title)).toEqual(['Pricing']);
  });

  it('groups the user\'s own settings as InvenTree\'s user settings pages, the rest under Display', () => {
    const groups = groupSettings(
      ['SEARCH_PREVIEW_SHOW_STOCK', 'DATE_DISPLAY_FORMAT', 'LABEL_INLINE', 'NOTIFICATION_ERROR_REPORT', 'STICKY_HEADER'].map(
        setting,
      ),
      USER_GROUPS,
      () => 'Display',
    );
    expect(groups.map((g) => [g.title, g.settings.map((s) => s.key)])).toEqual([
      ['Search', ['SEARCH_PREVIEW_SHOW_STOCK']],
      ['Notifications', ['NOTIFICATION_ERROR_REPORT']],
      ['Reporting', ['LABEL_INLINE']],
      ['Display', ['DATE_DISPLAY_FORMAT', 'STICKY_HEADER']],
    ]);
  });
});
