import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { t } from '../i18n/translate';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <Stack align="center" gap="sm" py="xl">
      <Title order={2}>{t('Page not found')}</Title>
      <Text c="dimmed">{t('There is nothing at {path}.', { path: location.pathname })}</Text>
      <Anchor component={Link} to="/">
        {t('Back to home')}
      </Anchor>
    </Stack>
  );
}
