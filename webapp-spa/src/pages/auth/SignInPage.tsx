import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { signInErrorMessage, useSession } from '../../auth/session';
import { useBootstrap } from '../../context';
import { t } from '../../i18n/translate';

export function SignInPage() {
  const { serverName } = useBootstrap();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (e) {
      setError(signInErrorMessage(e) ?? t('Sign-in failed. Please try again.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="md" p="xl" w={380} radius="md">
        <form onSubmit={(event) => void submit(event)} aria-label={t('Sign in')}>
          <Stack>
            <Title order={2} ta="center">
              {serverName}
            </Title>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label={t('Username')}
              autoComplete="username"
              required
              autoFocus
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('Password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy} fullWidth>
              {t('Sign in')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
