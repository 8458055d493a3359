import { Alert, Anchor, Badge, Breadcrumbs, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { usePermissions } from '../../auth/session';
import { ApiFormModal } from '../../components/forms/ApiForm';
import { DataTable } from '../../components/table/DataTable';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { LocationTree } from './LocationTree';
import { StockTable } from './StockTable';
import type { StockLocation } from './types';

type Dialog = 'location' | 'edit-location' | null;

const LOCATION_FIELDS = ['parent', 'name', 'description', 'structural', 'external', 'location_type'];

/** Stock, browsed by location: the tree on the left, the location's stock and sub-locations on the right. */
export function LocationPage() {
  const { locationId } = useParams();
  const selected = locationId ? Number(locationId) : null;
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const permissions = usePermissions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);

  const location = useQuery({
    queryKey: ['stock-location', selected],
    queryFn: () =>
      api.get<StockLocation>(detailPath(ApiEndpoints.stockLocations, selected as number), { path_detail: true }),
    enabled: selected !== null,
  });

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['location-tree'] });
    void queryClient.invalidateQueries({ queryKey: ['stock-location'] });
    void queryClient.invalidateQueries({ queryKey: ['table'] });
  };

  const deleteLocation = async () => {
    if (!location.data || !window.confirm(t('Delete location "{name}"?', { name: location.data.name }))) return;
    try {
      await api.delete(detailPath(ApiEndpoints.stockLocations, location.data.pk));
      refresh();
      navigate(location.data.parent ? `/stock/location/${location.data.parent}` : '/stock/location');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Paper withBorder p="xs">
          <LocationTree selected={selected} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Stack>
          <Group justify="space-between" align="flex-start">
            <div>
              {location.data?.path && (
                <Breadcrumbs separator="/">
                  <Anchor component={Link} to="/stock/location" size="sm">
                    {t('Stock')}
                  </Anchor>
                  {location.data.path.map((step) => (
                    <Anchor key={step.pk} component={Link} to={`/stock/location/${step.pk}`} size="sm">
                      {step.name}
                    </Anchor>
                  ))}
                </Breadcrumbs>
              )}
              <Group gap="xs">
                <Title order={2}>{selected === null ? t('Stock') : (location.data?.name ?? '…')}</Title>
                {location.data?.structural && <Badge variant="light">{t('Structural')}</Badge>}
                {location.data?.external && <Badge variant="light">{t('External')}</Badge>}
              </Group>
              {location.data?.description && <Text c="dimmed">{location.data.description}</Text>}
            </div>
            <Group gap="xs">
              {permissions.can('stock_location', 'add') && (
                <Button variant="default" onClick={() => setDialog('location')}>
                  {t('New location')}
                </Button>
              )}
              {selected !== null && permissions.can('stock_location', 'change') && (
                <Button variant="default" onClick={() => setDialog('edit-location')}>
                  {t('Edit location')}
                </Button>
              )}
              {selected !== null && permissions.can('stock_location', 'delete') && (
                <Button variant="light" color="red" onClick={() => void deleteLocation()}>
                  {t('Delete location')}
                </Button>
              )}
            </Group>
          </Group>
          {error && (
            <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
              {error}
            </Alert>
          )}
          {location.isError && <Alert color="red">{location.error.message}</Alert>}
          <Tabs defaultValue="stock" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="stock">{t('Stock items')}</Tabs.Tab>
              <Tabs.Tab value="sublocations">
                {selected === null ? t('Locations') : t('Sub-locations')}
                {location.data ? ` (${location.data.sublocations})` : ''}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="stock" pt="md">
              <StockTable
                tableKey="stock"
                params={selected === null ? undefined : { location: selected, cascade: true }}
              />
            </Tabs.Panel>
            <Tabs.Panel value="sublocations" pt="md">
              <DataTable<StockLocation>
                tableKey="stock-sublocations"
                label={t('Sub-locations')}
                endpoint={ApiEndpoints.stockLocations}
                params={selected === null ? { top_level: true } : { parent: selected }}
                columns={[
                  { accessor: 'name', title: t('Name'), ordering: 'name', alwaysVisible: true },
                  { accessor: 'description', title: t('Description') },
                  { accessor: 'pathstring', title: t('Path'), ordering: 'pathstring' },
                  { accessor: 'items', title: t('Stock items'), ordering: 'items' },
                  { accessor: 'sublocations', title: t('Sub-locations'), defaultHidden: true },
                ]}
                onRowClick={(row) => navigate(`/stock/location/${row.pk}`)}
              />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      </Grid.Col>

      <ApiFormModal
        opened={dialog === 'location'}
        title={t('Create location')}
        onClose={() => setDialog(null)}
        metadataPath={ApiEndpoints.stockLocations}
        submitPath={ApiEndpoints.stockLocations}
        method="POST"
        initial={selected === null ? {} : { parent: selected }}
        only={LOCATION_FIELDS}
        onSuccess={(created) => {
          setDialog(null);
          refresh();
          navigate(`/stock/location/${(created as StockLocation).pk}`);
        }}
      />
      {location.data && (
        <ApiFormModal
          opened={dialog === 'edit-location'}
          title={t('Edit location')}
          onClose={() => setDialog(null)}
          metadataPath={detailPath(ApiEndpoints.stockLocations, location.data.pk)}
          submitPath={detailPath(ApiEndpoints.stockLocations, location.data.pk)}
          method="PATCH"
          initial={location.data as unknown as Record<string, unknown>}
          only={LOCATION_FIELDS}
          onSuccess={() => {
            setDialog(null);
            refresh();
          }}
        />
      )}
    </Grid>
  );
}
