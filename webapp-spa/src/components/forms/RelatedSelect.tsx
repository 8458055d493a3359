import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { PagedResults } from '../../api/endpoints';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { relatedLabel, type FormFieldDef } from './formModel';

type Item = Record<string, unknown>;

/** The related API's path relative to the base URL ("/api/part/category/" -> "api/part/category/"). */
function relativeApi(url: string): string {
  return url.replace(/^\/+/, '');
}

/**
 * Picks a related object by searching the related API as the user types; the current value's
 * label is read from its detail endpoint so an edit form shows a name, not a number.
 */
export function RelatedSelect({
  field,
  value,
  onChange,
  error,
  disabled = false,
}: {
  field: FormFieldDef;
  value: unknown;
  onChange: (value: number | null) => void;
  error?: string;
  disabled?: boolean;
}) {
  const api = useApi();
  const endpoint = relativeApi(field.api_url ?? '');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const current = value === null || value === undefined || value === '' ? null : String(value);

  const options = useQuery({
    queryKey: ['related', endpoint, field.relatedParams, debounced],
    queryFn: () =>
      api.get<PagedResults<Item>>(endpoint, { ...field.relatedParams, search: debounced, limit: 25, offset: 0 }),
    enabled: endpoint !== '' && !disabled,
  });
  // the chosen object is named as the list names it: a stock item by its part, so the detail
  // request asks for the same *_detail parts the list does
  const detailParams = Object.fromEntries(
    Object.entries(field.relatedParams ?? {}).filter(([name]) => name.endsWith('_detail')),
  );
  const selected = useQuery({
    queryKey: ['related-item', endpoint, current, detailParams],
    queryFn: () => api.get<Item>(`${endpoint}${current}/`, detailParams),
    enabled: endpoint !== '' && current !== null,
  });

  const data = useMemo(() => {
    const items = new Map<string, string>();
    if (selected.data) items.set(String(selected.data.pk), relatedLabel(selected.data));
    for (const item of options.data?.results ?? []) items.set(String(item.pk), relatedLabel(item));
    return [...items].map(([v, label]) => ({ value: v, label }));
  }, [options.data, selected.data]);

  return (
    <Select
      label={field.label ?? field.name}
      description={field.help_text}
      required={field.required}
      disabled={disabled}
      error={error}
      searchable
      clearable={!field.required}
      nothingFoundMessage={options.isFetching ? t('Loading') : t('Nothing found')}
      filter={({ options: all }) => all}
      data={data}
      value={current}
      onSearchChange={setSearch}
      onChange={(v) => onChange(v === null ? null : Number(v))}
    />
  );
}
