import {
  ActionIcon,
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { usePermissions, useSession } from '../../auth/session';
import { useBootstrap } from '../../context';
import { t } from '../../i18n/translate';
import { BarcodeScanButton } from '../../pages/barcode/BarcodeScanDialog';
import { SearchBox } from '../../pages/search/SearchBox';

interface NavEntry {
  to: string;
  label: string;
  visible: boolean;
}

function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const next = scheme === 'dark' ? 'light' : 'dark';
  const label = next === 'dark' ? t('Switch to dark theme') : t('Switch to light theme');
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setColorScheme(next)}>
        {scheme === 'dark' ? '☀' : '☾'}
      </ActionIcon>
    </Tooltip>
  );
}

function UserMenu() {
  const { session, signOut } = useSession();
  const permissions = usePermissions();
  const navigate = useNavigate();
  const user = session?.user;
  if (!user) return null;
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('User menu')}>
          <Group gap="xs">
            <Avatar size="sm" radius="xl" color="teal">
              {name.slice(0, 1).toUpperCase()}
            </Avatar>
            <Text size="sm" visibleFrom="sm">
              {user.username}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{name}</Menu.Label>
        <Menu.Item component={Link} to="/settings">
          {t('Account settings')}
        </Menu.Item>
        {permissions.staff && (
          <Menu.Item component={Link} to="/admin">
            {t('Administration')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          color="red"
          onClick={() => {
            void signOut().then(() => navigate('/'));
          }}
        >
          {t('Sign out')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function AppLayout() {
  const { serverName } = useBootstrap();
  const permissions = usePermissions();
  const location = useLocation();
  const [navOpen, { toggle, close }] = useDisclosure(false);

  const entries: NavEntry[] = [
    { to: '/', label: t('Home'), visible: true },
    { to: '/part', label: t('Parts'), visible: permissions.canView('part') || permissions.canView('part_category') },
    {
      to: '/stock',
      label: t('Stock'),
      visible: permissions.canView('stock') || permissions.canView('stock_location'),
    },
    { to: '/settings', label: t('Account settings'), visible: true },
    { to: '/admin', label: t('Administration'), visible: permissions.staff },
  ];

  const active = (to: string) =>
    to === '/' ? location.pathname === '/' : location.pathname === to || location.pathname.startsWith(`${to}/`);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'md', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('Navigation')} />
            <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }}>
              <Title order={3}>{serverName}</Title>
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchBox />
            <BarcodeScanButton />
            <ThemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('Main navigation')}>
        <ScrollArea>
          {entries
            .filter((entry) => entry.visible)
            .map((entry) => (
              <NavLink
                key={entry.to}
                component={Link}
                to={entry.to}
                label={entry.label}
                active={active(entry.to)}
                onClick={close}
              />
            ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
