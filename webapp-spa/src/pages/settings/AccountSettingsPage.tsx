import { Alert, Button, Code, Group, Paper, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/table/DataTable';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { SettingsList } from '../admin/SettingsList';

interface Token {
  id: number;
  name: string;
  token: string;
  created: string;
  expiry: string | null;
  last_seen: string | null;
  active: boolean;
  revoked: boolean;
}

function TokensPanel() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<Token | null>(null);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setError(null);
    try {
      setCreated(await api.post<Token>(ApiEndpoints.tokens, { name }));
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['table', ApiEndpoints.tokens] });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput label={t('Token name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Button onClick={() => void create()} disabled={name.trim() === ''}>
          {t('Create token')}
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {created && (
        <Alert color="teal" title={t('Token created')} withCloseButton onClose={() => setCreated(null)}>
          <Text size="sm">{t('Copy it now: it is not shown again.')}</Text>
          <Code>{created.token}</Code>
        </Alert>
      )}
      <DataTable<Token>
        tableKey="my-tokens"
        label={t('API tokens')}
        endpoint={ApiEndpoints.tokens}
        rowKey={(token) => token.id}
        columns={[
          { accessor: 'name', title: t('Name'), alwaysVisible: true },
          { accessor: 'token', title: t('Token') },
          { accessor: 'created', title: t('Created') },
          { accessor: 'expiry', title: t('Expiry') },
          { accessor: 'last_seen', title: t('Last seen') },
          { accessor: 'revoked', title: t('Revoked') },
        ]}
        bulkActions={[
          {
            label: t('Revoke'),
            color: 'red',
            run: async (tokens) => {
              for (const token of tokens) await api.delete(detailPath(ApiEndpoints.tokens, token.id));
            },
          },
        ]}
      />
    </Stack>
  );
}

/** The signed-in user's own settings and API tokens. */
export function AccountSettingsPage() {
  const { session } = useSession();
  return (
    <Stack>
      <Title order={2}>{t('Account settings')}</Title>
      <Text c="dimmed">{session?.user.username}</Text>
      <Paper withBorder p="md">
        <Tabs defaultValue="settings" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="settings">{t('My settings')}</Tabs.Tab>
            <Tabs.Tab value="tokens">{t('API tokens')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="settings" pt="md">
            <SettingsList endpoint={ApiEndpoints.userSettings} canEdit scope="user" />
          </Tabs.Panel>
          <Tabs.Panel value="tokens" pt="md">
            <TokensPanel />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}
