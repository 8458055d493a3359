import { Anchor, AppShell, Container, Group, Text, Title } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { useBootstrap } from '../context';

export function AppLayout() {
  const { version } = useBootstrap();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Anchor component={Link} to="/" underline="never" c="inherit">
            <Title order={3}>Stocktree</Title>
          </Anchor>
          {version && (
            <Text size="sm" c="dimmed">
              v{version}
            </Text>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="md">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
