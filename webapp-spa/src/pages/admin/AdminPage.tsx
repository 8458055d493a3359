import { Alert, Badge, Button, Group, Modal, Paper, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiEndpoints } from '../../api/endpoints';
import { usePermissions } from '../../auth/session';
import { t } from '../../i18n/translate';
import { GroupRoles } from './GroupRoles';
import { ModelTable } from './ModelTable';
import { SettingsList } from './SettingsList';
import { UserGroups, type GroupRef } from './UserGroups';

interface UserRow {
  pk: number;
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  is_active: boolean;
  is_staff: boolean;
  is_superuser: boolean;
  groups?: GroupRef[];
}

interface GroupRow {
  pk: number;
  name: string;
}

interface ProjectCode {
  pk: number;
  code: string;
  description: string;
}

interface CustomUnit {
  pk: number;
  name: string;
  symbol: string;
  definition: string;
}

const flag = (value: boolean) => (value ? <Badge size="xs">{t('Yes')}</Badge> : null);

function GroupsPanel({ canEdit }: { canEdit: boolean }) {
  const [group, setGroup] = useState<GroupRow | null>(null);
  return (
    <Stack>
      <ModelTable<GroupRow>
        tableKey="admin-groups"
        endpoint={ApiEndpoints.groups}
        noun={t('Group')}
        canAdd={canEdit}
        canChange={false}
        canDelete={canEdit}
        only={['name']}
        columns={[
          { accessor: 'name', title: t('Name'), ordering: 'name', alwaysVisible: true },
          {
            accessor: 'roles',
            title: t('Roles'),
            render: (row) => (
              <Button size="compact-xs" variant="subtle" onClick={(e) => { e.stopPropagation(); setGroup(row); }}>
                {t('Edit roles')}
              </Button>
            ),
          },
        ]}
      />
      <Modal opened={group !== null} onClose={() => setGroup(null)} title={group?.name} size="lg">
        {group && <GroupRoles group={group.pk} canEdit={canEdit} />}
      </Modal>
    </Stack>
  );
}

function UsersPanel({ admin }: { admin: boolean }) {
  const [user, setUser] = useState<UserRow | null>(null);
  return (
    <>
      <ModelTable<UserRow>
        tableKey="admin-users"
        endpoint={ApiEndpoints.users}
        noun={t('User')}
        canAdd={admin}
        canChange={admin}
        canDelete={admin}
        only={['username', 'first_name', 'last_name', 'email', 'is_active', 'is_staff', 'is_superuser']}
        columns={[
          { accessor: 'username', title: t('Username'), ordering: 'username', alwaysVisible: true },
          { accessor: 'first_name', title: t('First name'), ordering: 'first_name' },
          { accessor: 'last_name', title: t('Last name'), ordering: 'last_name' },
          { accessor: 'email', title: t('Email'), ordering: 'email' },
          { accessor: 'is_active', title: t('Active'), render: (u) => flag(u.is_active) },
          { accessor: 'is_staff', title: t('Staff'), render: (u) => flag(u.is_staff) },
          { accessor: 'is_superuser', title: t('Superuser'), render: (u) => flag(u.is_superuser) },
          {
            accessor: 'groups',
            title: t('Groups'),
            render: (u) => (
              <Group gap={4} wrap="wrap">
                {(u.groups ?? []).map((g) => (
                  <Badge key={g.pk} size="xs" variant="light">
                    {g.name}
                  </Badge>
                ))}
                {admin && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t('Edit groups of {user}', { user: u.username })}
                    onClick={(e) => {
                      e.stopPropagation();
                      setUser(u);
                    }}
                  >
                    {t('Edit groups')}
                  </Button>
                )}
              </Group>
            ),
          },
        ]}
      />
      <Modal opened={user !== null} onClose={() => setUser(null)} title={user?.username}>
        {user && <UserGroups user={user.pk} current={user.groups ?? []} canEdit={admin} onSaved={() => setUser(null)} />}
      </Modal>
    </>
  );
}

const TABS = ['users', 'groups', 'settings', 'project-codes', 'units'] as const;

/** Administration: users, groups and their roles, system settings, project codes, custom units. */
export function AdminPage() {
  const permissions = usePermissions();
  const navigate = useNavigate();
  const { tab } = useParams();
  const current = TABS.includes(tab as (typeof TABS)[number]) ? (tab as string) : 'users';
  const admin = permissions.can('admin', 'change') || permissions.superuser;

  if (!permissions.staff) {
    return (
      <Alert color="yellow" role="alert">
        {t('Only staff users can open the administration pages.')}
      </Alert>
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('Administration')}</Title>
      </Group>
      <Paper withBorder p="md">
        <Tabs value={current} onChange={(value) => navigate(`/admin/${value}`)} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="users">{t('Users')}</Tabs.Tab>
            <Tabs.Tab value="groups">{t('Groups')}</Tabs.Tab>
            <Tabs.Tab value="settings">{t('System settings')}</Tabs.Tab>
            <Tabs.Tab value="project-codes">{t('Project codes')}</Tabs.Tab>
            <Tabs.Tab value="units">{t('Custom units')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="users" pt="md">
            <UsersPanel admin={admin} />
          </Tabs.Panel>
          <Tabs.Panel value="groups" pt="md">
            <GroupsPanel canEdit={admin} />
          </Tabs.Panel>
          <Tabs.Panel value="settings" pt="md">
            <SettingsList endpoint={ApiEndpoints.globalSettings} canEdit={admin} />
          </Tabs.Panel>
          <Tabs.Panel value="project-codes" pt="md">
            <ModelTable<ProjectCode>
              tableKey="admin-project-codes"
              endpoint={ApiEndpoints.projectCodes}
              noun={t('Project code')}
              canAdd={admin}
              canChange={admin}
              canDelete={admin}
              columns={[
                { accessor: 'code', title: t('Code'), ordering: 'code', alwaysVisible: true },
                { accessor: 'description', title: t('Description') },
              ]}
            />
          </Tabs.Panel>
          <Tabs.Panel value="units" pt="md">
            <ModelTable<CustomUnit>
              tableKey="admin-units"
              endpoint={ApiEndpoints.customUnits}
              noun={t('Custom unit')}
              canAdd={admin}
              canChange={admin}
              canDelete={admin}
              columns={[
                { accessor: 'name', title: t('Name'), ordering: 'name', alwaysVisible: true },
                { accessor: 'symbol', title: t('Symbol') },
                { accessor: 'definition', title: t('Definition') },
              ]}
            />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}

