import { Alert, Anchor, Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ApiEndpoints, type PagedResults } from '../../api/endpoints';
import type { RoleName } from '../../auth/permissions';
import { usePermissions } from '../../auth/session';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';

interface SearchKind {
  key: string;
  title: string;
  endpoint: string;
  role: RoleName;
  link: (item: Record<string, unknown>) => string;
  label: (item: Record<string, unknown>) => string;
  detail: (item: Record<string, unknown>) => string;
}

/** What the search covers; stock items and locations join when their API is served. */
export const SEARCH_KINDS: SearchKind[] = [
  {
    key: 'part',
    title: t('Parts'),
    endpoint: ApiEndpoints.parts,
    role: 'part',
    link: (item) => `/part/${item.pk}`,
    label: (item) => String(item.full_name ?? item.name),
    detail: (item) => String(item.description ?? ''),
  },
  {
    key: 'category',
    title: t('Part categories'),
    endpoint: ApiEndpoints.categories,
    role: 'part_category',
    link: (item) => `/part/category/${item.pk}`,
    label: (item) => String(item.pathstring ?? item.name),
    detail: (item) => String(item.description ?? ''),
  },
];

export function SearchPage() {
  const [params] = useSearchParams();
  const text = params.get('q') ?? '';
  const api = useApi();
  const permissions = usePermissions();
  const kinds = SEARCH_KINDS.filter((kind) => permissions.canView(kind.role));
  const results = useQueries({
    queries: kinds.map((kind) => ({
      queryKey: ['search', kind.key, text],
      queryFn: () =>
        api.get<PagedResults<Record<string, unknown>>>(kind.endpoint, { search: text, limit: 10, offset: 0 }),
      enabled: text !== '',
    })),
  });

  return (
    <Stack>
      <Title order={2}>{t('Search results for "{text}"', { text })}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {kinds.map((kind, index) => {
          const result = results[index];
          return (
            <Card key={kind.key} withBorder aria-label={kind.title}>
              <Title order={4} mb="xs">
                {kind.title}
                {result.data ? ` (${result.data.count})` : ''}
              </Title>
              {result.isPending && <Loader size="xs" />}
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
