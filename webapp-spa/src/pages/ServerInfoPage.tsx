import { Alert, Badge, Card, Center, Loader, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiEndpoints } from '../api/endpoints';
import type { ServerInfo } from '../api/types';
import { useApi } from '../context';

export const serverInfoQueryKey = ['server-info'] as const;

function text(value: unknown): ReactNode {
  if (value === undefined || value === null || value === '') {
    return <Text span c="dimmed">—</Text>;
  }
  return String(value);
}

function workerBadge(running: unknown): ReactNode {
  if (running === true) return <Badge color="green">Running</Badge>;
  if (running === false) return <Badge color="red">Not running</Badge>;
  return <Badge color="gray">Unknown</Badge>;
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
        <Loader aria-label="Loading server information" />
      </Center>
    );
  }

  if (isError) {
    return (
      <Alert color="red" title="Could not load server information" role="alert">
        {error.message}
      </Alert>
    );
  }

  const info: ServerInfo = data ?? {};
  const rows: [string, ReactNode][] = [
    ['Server', text(info.server)],
    ['Version', text(info.version)],
    ['Instance', text(info.instance)],
    ['API version', text(info.apiVersion)],
    ['Background worker', workerBadge(info.worker_running)],
    ['Database', text(info.database)],
    ['Platform', text(info.platform)],
  ];

  return (
    <Card withBorder shadow="sm" padding="lg">
      <Title order={2} mb="md">
        Server information
      </Title>
      <Table striped withRowBorders={false} aria-label="Server information">
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
