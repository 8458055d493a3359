import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <Stack align="center" gap="sm" py="xl">
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">
        There is nothing at <code>{location.pathname}</code>.
      </Text>
      <Anchor component={Link} to="/">
        Back to home
      </Anchor>
    </Stack>
  );
}
