import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ApiEndpoints } from '../../api/endpoints';
import { useSession } from '../../auth/session';
import { useApi } from '../../context';
import { loadPrefs, prefsStorageKey, savePrefs, type ColumnPrefs } from './tableState';

/**
 * The user's column choices live in their InvenTree profile (api/user/me/profile/), in `theme`:
 * the JSON InvenTree keeps "settings for the web UI" in. They go under one key of their own, so
 * that the colours and radius InvenTree's interface keeps there survive. The browser's local
 * storage serves only when the profile cannot be read or written (an older server, a proxy that
 * forbids it), so the choices then stay at least in this browser.
 */
export const TABLES_KEY = 'stocktree_tables';

export type UiTheme = Record<string, unknown>;

interface Profile {
  theme?: UiTheme | null;
}

export const profileQueryKey = ['user-profile'] as const;

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The saved choices of one table in a profile theme; null when none (or not of the right shape). */
export function tablePrefsOf(theme: UiTheme | null | undefined, tableKey: string): ColumnPrefs | null {
  const saved = asRecord(asRecord(asRecord(theme)[TABLES_KEY])[tableKey]);
  if (!Array.isArray(saved.order) || !Array.isArray(saved.hidden)) return null;
  return { order: saved.order.map(String), hidden: saved.hidden.map(String) };
}

/** The theme with one table's choices replaced, everything else in it kept. */
export function withTablePrefs(theme: UiTheme | null | undefined, tableKey: string, prefs: ColumnPrefs): UiTheme {
  const base = asRecord(theme);
  return { ...base, [TABLES_KEY]: { ...asRecord(base[TABLES_KEY]), [tableKey]: prefs } };
}

async function readProfile(api: ApiClient): Promise<Profile | null> {
  try {
    return await api.get<Profile>(ApiEndpoints.myProfile);
  } catch {
    return null; // the profile is out of reach: choices fall back to this browser
  }
}

/**
 * One table's column choices for the signed-in user, and the function that changes them. The
 * server replaces the whole theme on PATCH, so each save sends the theme as the cache holds it when
 * the save goes out, one save after the other: the last one sent carries every change. Choices
 * this browser kept before (or kept because the profile was out of reach) show until the profile
 * holds some.
 */
export function useSavedColumns(tableKey: string): [ColumnPrefs | null, (prefs: ColumnPrefs) => void] {
  const api = useApi();
  const queryClient = useQueryClient();
  const username = useSession().session?.user.username ?? 'anonymous';
  const storageKey = prefsStorageKey(username, tableKey);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const [changed, setChanged] = useState<ColumnPrefs | null>(null);
  const profile = useQuery({
    queryKey: profileQueryKey,
    queryFn: () => readProfile(api),
    staleTime: Infinity,
  });

  const prefs =
    changed ?? tablePrefsOf(profile.data?.theme, tableKey) ?? (profile.isFetched ? loadPrefs(localStorage, storageKey) : null);

  const setPrefs = useCallback(
    (next: ColumnPrefs) => {
      setChanged(next);
      const current = queryClient.getQueryData<Profile | null>(profileQueryKey);
      if (!current) {
        savePrefs(localStorage, storageKey, next);
        return;
      }
      queryClient.setQueryData<Profile>(profileQueryKey, { ...current, theme: withTablePrefs(current.theme, tableKey, next) });
      saving.current = saving.current.then(async () => {
        const latest = queryClient.getQueryData<Profile | null>(profileQueryKey);
        try {
          await api.patch(ApiEndpoints.myProfile, { theme: latest?.theme ?? withTablePrefs(null, tableKey, next) });
        } catch {
          savePrefs(localStorage, storageKey, next);
        }
      });
    },
    [api, queryClient, storageKey, tableKey],
  );

  return [prefs, setPrefs];
}
