import { Alert, Badge, Card, Center, Loader, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiEndpoints } from '../api/endpoints';
import type { ServerInfo } from '../api/types';
import { useApi } from '../context';
import { t } from '../i18n/translate';

export const serverInfoQueryKey = ['server-info'] as const;

function text(value: unknown): ReactNode {
  if (value === undefined || value === null || value === '') {
    return <Text span c="dimmed">—</Text>;
  }
  return String(value);
}

function workerBadge(running: unknown): ReactNode {
  if (running === true) return <Badge color="green">{t('Running')}</Badge>;
  if (running === false) return <Badge color="red">{t('Not running')}</Badge>;
  return <Badge color="gray">{t('Unknown')}</Badge>;
}

export function ServerInfoPage() {
  const api = useApi();
  const { data, isPending, isError, error } = useQuery({
    queryKey: serverInfoQueryKey,
    queryFn: () => api.get<ServerInfo>(ApiEndpoints.info),
  });

  if (isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('Loading server information')} />
      </Center>
    );
  }

  if (isError) {
    return (
      <Alert color="red" title={t('Could not load server information')} role="alert">
        {error.message}
      </Alert>
    );
  }

  const info: ServerInfo = data ?? {};
  const rows: [string, ReactNode][] = [
    [t('Server'), text(info.server)],
    [t('Version'), text(info.version)],
    [t('Instance'), text(info.instance)],
    [t('API version'), text(info.apiVersion)],
    [t('Background worker'), workerBadge(info.worker_running)],
    [t('Database'), text(info.database)],
    [t('Platform'), text(info.platform)],
  ];

  return (
    <Card withBorder shadow="sm" padding="lg">
      <Title order={2} mb="md">
        {t('Server information')}
      </Title>
      <Table striped withRowBorders={false} aria-label={t('Server information')}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="35%" scope="row">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
