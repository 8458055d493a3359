import { Alert, Button, Group, Loader, Select, Stack, Switch, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { GLOBAL_GROUPS, groupSettings, USER_GROUPS, type Setting } from './settingGroups';

function errorText(error: unknown): string {
  if (error instanceof ApiError && error.body && typeof error.body === 'object') {
    const value = (error.body as Record<string, unknown>).value ?? (error.body as Record<string, unknown>).detail;
    if (value) return Array.isArray(value) ? value.join(' ') : String(value);
  }
  return error instanceof Error ? error.message : String(error);
}

function SettingValue({ setting, endpoint, canEdit }: { setting: Setting; endpoint: string; canEdit: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [text, setText] = useState(setting.value ?? '');
  const [error, setError] = useState<string | null>(null);
  const disabled = !canEdit || setting.read_only === true;

  const save = async (value: string | boolean) => {
    setError(null);
    try {
      await api.patch(`${endpoint}${setting.key}/`, { value });
      await queryClient.invalidateQueries({ queryKey: ['settings', endpoint] });
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (setting.type === 'boolean') {
    return (
      <Switch
        aria-label={setting.name}
        checked={String(setting.value).toLowerCase() === 'true'}
        disabled={disabled}
        error={error}
        onChange={(e) => void save(e.currentTarget.checked)}
      />
    );
  }
  if (setting.choices && setting.choices.length > 0) {
    return (
      <Select
        aria-label={setting.name}
        data={setting.choices.map((c) => ({ value: String(c.value), label: c.display_name }))}
        value={setting.value}
        disabled={disabled}
        error={error}
        allowDeselect={false}
        onChange={(value) => value !== null && void save(value)}
      />
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <TextInput
        aria-label={setting.name}
        value={text}
        disabled={disabled}
        error={error}
        rightSection={setting.units ? <Text size="xs">{setting.units}</Text> : undefined}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {!disabled && text !== setting.value && (
        <Button size="xs" onClick={() => void save(text)}>
          {t('Save')}
        </Button>
      )}
    </Group>
  );
}

/**
 * Settings grouped into tabs, each edited in place (PATCH {endpoint}{key}/): the system's as
 * InvenTree's system settings pages group them, or the user's own as its user settings do.
 */
export function SettingsList({
  endpoint,
  canEdit,
  scope = 'global',
}: {
  endpoint: string;
  canEdit: boolean;
  scope?: 'global' | 'user';
}) {
  const api = useApi();
  const settings = useQuery({
    queryKey: ['settings', endpoint],
    queryFn: () => api.get<Setting[]>(endpoint),
  });
  if (settings.isPending) return <Loader size="sm" aria-label={t('Loading settings')} />;
  if (settings.isError) return <Alert color="red">{settings.error.message}</Alert>;
  const groups =
    scope === 'user'
      ? groupSettings(settings.data, USER_GROUPS, () => t('Display'))
      : groupSettings(settings.data, GLOBAL_GROUPS);
  if (groups.length === 0) return <Text c="dimmed">{t('No settings')}</Text>;
  return (
    <Tabs defaultValue={groups[0].title} orientation="vertical" keepMounted={false}>
      <Tabs.List>
        {groups.map((group) => (
          <Tabs.Tab key={group.title} value={group.title}>
            {group.title}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {groups.map((group) => (
        <Tabs.Panel key={group.title} value={group.title} px="md">
          <Table aria-label={group.title}>
            <Table.Tbody>
              {group.settings.map((setting) => (
                <Table.Tr key={setting.key}>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text fw={500}>{setting.name}</Text>
                      <Text size="xs" c="dimmed">
                        {setting.description}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td w="40%">
                    <SettingValue
                      key={`${setting.key}:${setting.value}`}
                      setting={setting}
                      endpoint={endpoint}
                      canEdit={canEdit}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
