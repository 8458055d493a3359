import { Badge, Group } from '@mantine/core';
import type { TableColumn, TableFilter } from '../../components/table/DataTable';
import { t } from '../../i18n/translate';
import type { Part } from './types';

export function partColumns(): TableColumn<Part>[] {
  return [
    {
      accessor: 'name',
      title: t('Part'),
      ordering: 'name',
      alwaysVisible: true,
      render: (part) => (
        <Group gap={6} wrap="nowrap">
          <span>{part.full_name || part.name}</span>
          {!part.active && (
            <Badge size="xs" color="red" variant="light">
              {t('Inactive')}
            </Badge>
          )}
          {part.is_template && (
            <Badge size="xs" variant="light">
              {t('Template')}
            </Badge>
          )}
        </Group>
      ),
    },
    { accessor: 'IPN', title: t('IPN'), ordering: 'IPN' },
    { accessor: 'description', title: t('Description') },
    { accessor: 'category_name', title: t('Category'), ordering: 'category' },
    { accessor: 'revision', title: t('Revision'), ordering: 'revision', defaultHidden: true },
    { accessor: 'units', title: t('Units'), ordering: 'units', defaultHidden: true },
    { accessor: 'in_stock', title: t('Stock') },
    { accessor: 'creation_date', title: t('Created'), ordering: 'creation_date', defaultHidden: true },
  ];
}

export function partFilters(): TableFilter[] {
  return [
    { name: 'active', label: t('Active') },
    { name: 'assembly', label: t('Assembly') },
    { name: 'is_template', label: t('Template') },
    { name: 'trackable', label: t('Trackable') },
  ];
}
