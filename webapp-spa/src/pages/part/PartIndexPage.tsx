import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { usePermissions } from '../../auth/session';
import { ApiFormModal } from '../../components/forms/ApiForm';
import { DataTable } from '../../components/table/DataTable';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { CategoryTree } from './CategoryTree';
import { partColumns, partFilters } from './partColumns';
import { SetCategoryDialog } from './SetCategoryDialog';
import type { Category, Part } from './types';

type Dialog = 'part' | 'category' | 'edit-category' | null;

/** Parts, browsed by category: the tree on the left, the category's parts on the right. */
export function PartIndexPage() {
  const { categoryId } = useParams();
  const selected = categoryId ? Number(categoryId) : null;
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const permissions = usePermissions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const [moving, setMoving] = useState<Part[] | null>(null);

  const category = useQuery({
    queryKey: ['category', selected],
    queryFn: () => api.get<Category>(detailPath(ApiEndpoints.categories, selected as number), { path_detail: true }),
    enabled: selected !== null,
  });
  const params = useMemo(() => (selected === null ? undefined : { category: selected, cascade: true }), [selected]);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['category-tree'] });
    void queryClient.invalidateQueries({ queryKey: ['category'] });
    void queryClient.invalidateQueries({ queryKey: ['table'] });
  };

  const deleteCategory = async () => {
    if (!category.data || !window.confirm(t('Delete category "{name}"?', { name: category.data.name }))) return;
    try {
      await api.delete(detailPath(ApiEndpoints.categories, category.data.pk));
      refresh();
      navigate(category.data.parent ? `/part/category/${category.data.parent}` : '/part');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Paper withBorder p="xs">
          <CategoryTree selected={selected} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Stack>
          <Group justify="space-between" align="flex-start">
            <div>
              {category.data?.path && (
                <Breadcrumbs separator="/">
                  <Anchor component={Link} to="/part" size="sm">
                    {t('Parts')}
                  </Anchor>
                  {category.data.path.map((step) => (
                    <Anchor key={step.pk} component={Link} to={`/part/category/${step.pk}`} size="sm">
                      {step.name}
                    </Anchor>
                  ))}
                </Breadcrumbs>
              )}
              <Title order={2}>{selected === null ? t('Parts') : (category.data?.name ?? '…')}</Title>
              {category.data?.description && <Text c="dimmed">{category.data.description}</Text>}
            </div>
            <Group gap="xs">
              {permissions.can('part_category', 'add') && (
                <Button variant="default" onClick={() => setDialog('category')}>
                  {t('New category')}
                </Button>
              )}
              {selected !== null && permissions.can('part_category', 'change') && (
                <Button variant="default" onClick={() => setDialog('edit-category')}>
                  {t('Edit category')}
                </Button>
              )}
              {selected !== null && permissions.can('part_category', 'delete') && (
                <Button variant="light" color="red" onClick={() => void deleteCategory()}>
                  {t('Delete category')}
                </Button>
              )}
            </Group>
          </Group>
          {error && (
            <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
              {error}
            </Alert>
          )}
          {category.isError && <Alert color="red">{category.error.message}</Alert>}
          <DataTable<Part>
            tableKey="parts"
            label={t('Parts')}
            endpoint={ApiEndpoints.parts}
            params={params}
            columns={partColumns()}
            filters={partFilters()}
            onRowClick={(part) => navigate(`/part/${part.pk}`)}
            bulkActions={
              permissions.can('part', 'change')
                ? [
                    { label: t('Set category'), run: (parts) => setMoving(parts) },
                    {
                      label: t('Mark inactive'),
                      run: (parts) =>
                        Promise.all(parts.map((p) => api.patch(detailPath(ApiEndpoints.parts, p.pk), { active: false }))),
                    },
                  ]
                : []
            }
            actions={
              permissions.can('part', 'add') && (
                <Button size="xs" onClick={() => setDialog('part')}>
                  {t('New part')}
                </Button>
              )
            }
          />
        </Stack>
      </Grid.Col>

      <SetCategoryDialog parts={moving} onClose={() => setMoving(null)} />
      <ApiFormModal
        opened={dialog === 'part'}
        title={t('Create part')}
        onClose={() => setDialog(null)}
        metadataPath={ApiEndpoints.parts}
        submitPath={ApiEndpoints.parts}
        method="POST"
        initial={selected === null ? {} : { category: selected }}
        only={[
          'category', 'name', 'IPN', 'revision', 'description', 'keywords', 'units', 'link', 'variant_of',
          'is_template', 'assembly', 'component', 'trackable', 'testable', 'purchaseable', 'salable',
          'virtual', 'active', 'minimum_stock',
        ]}
        onSuccess={(created) => {
          setDialog(null);
          refresh();
          navigate(`/part/${(created as Part).pk}`);
        }}
      />
      <ApiFormModal
        opened={dialog === 'category'}
        title={t('Create category')}
        onClose={() => setDialog(null)}
        metadataPath={ApiEndpoints.categories}
        submitPath={ApiEndpoints.categories}
        method="POST"
        initial={selected === null ? {} : { parent: selected }}
        onSuccess={(created) => {
          setDialog(null);
          refresh();
          navigate(`/part/category/${(created as Category).pk}`);
        }}
      />
      {category.data && (
        <ApiFormModal
          opened={dialog === 'edit-category'}
          title={t('Edit category')}
          onClose={() => setDialog(null)}
          metadataPath={detailPath(ApiEndpoints.categories, category.data.pk)}
          submitPath={detailPath(ApiEndpoints.categories, category.data.pk)}
          method="PATCH"
          initial={category.data as unknown as Record<string, unknown>}
          onSuccess={() => {
            setDialog(null);
            refresh();
          }}
        />
      )}
    </Grid>
  );
}
