import { Alert, Anchor, Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ApiEndpoints, type PagedResults } from '../../api/endpoints';
import { usePermissions } from '../../auth/session';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { SEARCH_KINDS, searchParams, type UserSettingValues } from './searchKinds';

export function SearchPage() {
  const [params] = useSearchParams();
  const text = params.get('q') ?? '';
  const api = useApi();
  const permissions = usePermissions();
  // the same cache entry the user's settings page reads and refreshes after a change
  const userSettings = useQuery({
    queryKey: ['settings', ApiEndpoints.userSettings],
    queryFn: () => api.get<{ key: string; value: unknown }[]>(ApiEndpoints.userSettings),
  });
  const settings: UserSettingValues = Object.fromEntries((userSettings.data ?? []).map((s) => [s.key, s.value]));
  const kinds = SEARCH_KINDS.filter((kind) => permissions.canView(kind.role));
  const results = useQueries({
    queries: kinds.map((kind) => {
      const query = searchParams(kind, text, settings);
      return {
        queryKey: ['search', kind.key, query],
        queryFn: () => api.get<PagedResults<Record<string, unknown>>>(kind.endpoint, query),
        // without their settings (unreadable), the user gets the defaults
        enabled: text !== '' && !userSettings.isPending,
      };
    }),
  });

  return (
    <Stack>
      <Title order={2}>{t('Search results for "{text}"', { text })}</Title>
      {text === '' && <Text c="dimmed">{t('Type what to look for in the search field at the top.')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {kinds.map((kind, index) => {
          const result = results[index];
          return (
            <Card key={kind.key} component="section" withBorder aria-label={kind.title()}>
              <Title order={4} mb="xs">
                {kind.title()}
                {result.data ? ` (${result.data.count})` : ''}
              </Title>
              {result.isPending && text !== '' && <Loader size="xs" aria-label={t('Loading')} />}
              {result.isError && <Alert color="red">{result.error.message}</Alert>}
              {result.data?.results.length === 0 && <Text c="dimmed">{t('No results')}</Text>}
              <Stack gap={4}>
                {result.data?.results.map((item) => (
                  <div key={String(item.pk)}>
                    <Anchor component={Link} to={kind.link(item)}>
                      {kind.label(item)}
                    </Anchor>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {kind.detail(item)}
                    </Text>
                  </div>
                ))}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
