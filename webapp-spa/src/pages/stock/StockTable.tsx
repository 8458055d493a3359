import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { QueryParams } from '../../api/client';
import { ApiEndpoints } from '../../api/endpoints';
import { usePermissions } from '../../auth/session';
import { DataTable, type BulkAction } from '../../components/table/DataTable';
import { t } from '../../i18n/translate';
import { stockColumns, stockFilters } from './stockColumns';
import { StockActionDialog, useStockStatuses } from './StockActionDialog';
import { actionApplies, actionTitle, allowedActions, type StockActionKind } from './stockActions';
import type { StockItem } from './types';

/**
 * Stock items of a list filter (a location, a part, the items installed in another), with their
 * part and location; selected rows can be counted, added to, removed, transferred, re-labelled,
 * merged, assigned to a customer or returned.
 */
export function StockTable({
  tableKey,
  params,
  label = t('Stock items'),
  actions,
}: {
  tableKey: string;
  params?: QueryParams;
  label?: string;
  actions?: ReactNode;
}) {
  const navigate = useNavigate();
  const permissions = usePermissions();
  const statuses = useStockStatuses();
  const [action, setAction] = useState<{ kind: StockActionKind; items: StockItem[] } | null>(null);
  const statusValues = Object.values(statuses.data?.values ?? {});

  const bulkActions: BulkAction<StockItem>[] = allowedActions((p) => permissions.can('stock', p)).map((kind) => ({
    label: actionTitle(kind),
    // the dialog does the work; the table only hands over the selected rows that can take the action
    run: (items) => setAction({ kind, items: items.filter((item) => actionApplies(kind, item)) }),
  }));

  return (
    <>
      <DataTable<StockItem>
        tableKey={tableKey}
        label={label}
        endpoint={ApiEndpoints.stock}
        params={{ part_detail: true, location_detail: true, ...params }}
        columns={stockColumns(statusValues)}
        filters={stockFilters(statusValues)}
        onRowClick={(item) => navigate(`/stock/item/${item.pk}`)}
        bulkActions={bulkActions}
        actions={actions}
      />
      <StockActionDialog action={action} onClose={() => setAction(null)} />
    </>
  );
}

/** A button starting one action on one item (the item page's toolbar). */
export function StockActionButton({ kind, onClick }: { kind: StockActionKind; onClick: () => void }) {
  return (
    <Button variant="default" onClick={onClick}>
      {actionTitle(kind)}
    </Button>
  );
}
