import { Center, Loader } from '@mantine/core';
import { Navigate, Route, Routes } from 'react-router';
import { SessionProvider, useSession } from './auth/session';
import { AppLayout } from './components/layout/AppLayout';
import { t } from './i18n/translate';
import { AdminPage } from './pages/admin/AdminPage';
import { SignInPage } from './pages/auth/SignInPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PartDetailPage } from './pages/part/PartDetailPage';
import { PartIndexPage } from './pages/part/PartIndexPage';
import { LocationPage } from './pages/stock/LocationPage';
import { StockItemPage } from './pages/stock/StockItemPage';
import { SearchPage } from './pages/search/SearchPage';
import { ServerInfoPage } from './pages/ServerInfoPage';
import { AccountSettingsPage } from './pages/settings/AccountSettingsPage';

function SignedInRoutes() {
  const { session } = useSession();
  if (!session) return <SignInPage />;
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<ServerInfoPage />} />
        <Route path="part" element={<PartIndexPage />} />
        <Route path="part/category/:categoryId" element={<PartIndexPage />} />
        <Route path="part/:partId" element={<PartDetailPage />} />
        <Route path="stock" element={<Navigate to="/stock/location" replace />} />
        <Route path="stock/location" element={<LocationPage />} />
        <Route path="stock/location/:locationId" element={<LocationPage />} />
        <Route path="stock/item/:itemId" element={<StockItemPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="settings" element={<AccountSettingsPage />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="admin/:tab" element={<AdminPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <SessionProvider
      loading={
        <Center mih="100vh">
          <Loader aria-label={t('Loading')} />
        </Center>
      }
    >
      <SignedInRoutes />
    </SessionProvider>
  );
}
