import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { usePermissions } from '../../auth/session';
import { ApiFormModal } from '../../components/forms/ApiForm';
import { SafeMarkdown } from '../../components/markdown/SafeMarkdown';
import { DataTable } from '../../components/table/DataTable';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { StockTable } from '../stock/StockTable';
import { BomTab } from './BomTab';
import { DUPLICATED_FIELDS, DuplicatePartDialog } from './DuplicatePart';
import { partColumns } from './partColumns';
import { requirementRows, type Requirements } from './requirements';
import { partPanels, partRights, type PartPanel } from './partPanels';
import { ParametersTab, PricingTab, RelatedPartsTab, TestTemplatesTab, UsedInTab } from './PartRecordTabs';
import type { Part } from './types';

const PANEL_TITLES: Record<PartPanel, string> = {
  details: 'Details',
  parameters: 'Parameters',
  stock: 'Stock',
  variants: 'Variants',
  revisions: 'Revisions',
  bom: 'Bill of materials',
  used_in: 'Used in',
  pricing: 'Pricing',
  test_templates: 'Test templates',
  related: 'Related parts',
  attachments: 'Attachments',
  notes: 'Notes',
};

/**
 * Whether the part may be deleted, and why not: InvenTree refuses to delete an active or a locked
 * part (the server checks it again).
 */
export function deleteBlocker(part: Pick<Part, 'active' | 'locked'>): string | null {
  if (part.locked) return t('Locked parts cannot be deleted');
  if (part.active) return t('Only inactive parts can be deleted');
  return null;
}

function yesNo(value: boolean): ReactNode {
  return value ? <Badge color="teal" variant="light">{t('Yes')}</Badge> : <Badge color="gray" variant="light">{t('No')}</Badge>;
}

function DetailsTab({ part }: { part: Part }) {
  const api = useApi();
  // figures of orders and builds; a server or a user without them just shows the part's own fields
  const requirements = useQuery({
    queryKey: ['part-requirements', part.pk],
    queryFn: () => api.get<Requirements>(`${detailPath(ApiEndpoints.parts, part.pk)}requirements/`),
    retry: false,
  });
  const rows: [string, ReactNode][] = [
    [t('Name'), part.name],
    [t('IPN'), part.IPN || '—'],
    [t('Revision'), part.revision || '—'],
    [t('Description'), part.description || '—'],
    [t('Keywords'), part.keywords || '—'],
    [t('Units'), part.units || '—'],
    [
      t('Link'),
      part.link && /^https?:\/\//.test(part.link) ? (
        <Anchor href={part.link} target="_blank" rel="noopener noreferrer">
          {part.link}
        </Anchor>
      ) : (
        part.link || '—'
      ),
    ],
    ...(requirements.data ? requirementRows(requirements.data, part) : [[t('In stock'), String(part.in_stock ?? 0)] as [string, string]]),
    [t('Minimum stock'), String(part.minimum_stock ?? 0)],
    [t('Created'), part.creation_date || '—'],
    [t('Template'), yesNo(part.is_template)],
    [t('Assembly'), yesNo(part.assembly)],
    [t('Component'), yesNo(part.component)],
    [t('Trackable'), yesNo(part.trackable)],
    [t('Testable'), yesNo(part.testable)],
    [t('Purchaseable'), yesNo(part.purchaseable)],
    [t('Salable'), yesNo(part.salable)],
    [t('Virtual'), yesNo(part.virtual)],
  ];
  return (
    <Table aria-label={t('Part details')} withRowBorders={false} striped>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w="30%" scope="row">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function NotesTab({ part, canEdit, onSaved }: { part: Part; canEdit: boolean; onSaved: () => void }) {
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(part.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await api.patch(detailPath(ApiEndpoints.parts, part.pk), { notes: text });
      setEditing(false);
      setError(null);
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (editing) {
    return (
      <Stack>
        {error && <Alert color="red">{error}</Alert>}
        <Textarea
          aria-label={t('Notes')}
          autosize
          minRows={8}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          description={t('Markdown: **bold**, _italic_, lists, links. HTML is not shown.')}
        />
        <Group>
          <Button onClick={() => void save()}>{t('Save')}</Button>
          <Button variant="default" onClick={() => setEditing(false)}>
            {t('Cancel')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack>
      {part.notes ? <SafeMarkdown text={part.notes} /> : <Text c="dimmed">{t('No notes')}</Text>}
      {canEdit && (
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('Edit notes')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface Attachment {
  pk: number;
  attachment: string | null;
  filename: string | null;
  link: string | null;
  comment: string;
  upload_date: string;
  file_size: number;
}

function AttachmentsTab({ part }: { part: Part }) {
  return (
    <DataTable<Attachment>
      tableKey="part-attachments"
      label={t('Attachments')}
      endpoint={ApiEndpoints.attachments}
      params={{ model_type: 'part', model_id: part.pk }}
      columns={[
        {
          accessor: 'filename',
          title: t('Attachment'),
          alwaysVisible: true,
          render: (row) => {
            const href = row.attachment ?? row.link;
            const name = row.filename || row.link || '—';
            return href ? (
              <Anchor href={href} target="_blank" rel="noopener noreferrer">
                {name}
              </Anchor>
            ) : (
              name
            );
          },
        },
        { accessor: 'comment', title: t('Comment') },
        { accessor: 'upload_date', title: t('Uploaded'), ordering: 'upload_date' },
        { accessor: 'file_size', title: t('Size'), ordering: 'file_size' },
      ]}
    />
  );
}

export function PartDetailPage() {
  const { partId } = useParams();
  const id = Number(partId);
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const permissions = usePermissions();
  const [dialog, setDialog] = useState<'edit' | 'duplicate' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const path = detailPath(ApiEndpoints.parts, id);

  const part = useQuery({
    queryKey: ['part', id],
    queryFn: () => api.get<Part>(path, { path_detail: true }),
  });

  if (part.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('Loading part')} />
      </Center>
    );
  }
  if (part.isError) {
    return (
      <Alert color="red" role="alert" title={t('Could not load the part')}>
        {part.error.message}
      </Alert>
    );
  }

  const data = part.data;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['part', id] });
    void queryClient.invalidateQueries({ queryKey: ['table'] });
  };
  const blocker = deleteBlocker(data);
  const remove = async () => {
    if (!window.confirm(t('Delete part "{name}"?', { name: data.full_name }))) return;
    try {
      await api.delete(path);
      void queryClient.invalidateQueries({ queryKey: ['table'] });
      navigate(data.category ? `/part/category/${data.category}` : '/part');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const panels = partPanels(data, permissions);
  const rights = partRights(data, permissions);
  const panelContent = (panel: PartPanel): ReactNode => {
    switch (panel) {
      case 'details':
        return <DetailsTab part={data} />;
      case 'parameters':
        return <ParametersTab part={data} rights={rights.parameters} />;
      case 'stock':
        return <StockTable tableKey="part-stock" params={{ part: data.pk }} />;
      case 'variants':
        return (
          <DataTable<Part>
            tableKey="part-variants"
            label={t('Variants')}
            endpoint={ApiEndpoints.parts}
            params={{ variant_of: data.pk }}
            columns={partColumns()}
            onRowClick={(variant) => navigate(`/part/${variant.pk}`)}
          />
        );
      case 'revisions':
        return (
          <DataTable<Part>
            tableKey="part-revisions"
            label={t('Revisions')}
            endpoint={ApiEndpoints.parts}
            params={{ revision_of: data.pk }}
            columns={partColumns()}
            onRowClick={(revision) => navigate(`/part/${revision.pk}`)}
          />
        );
      case 'bom':
        return <BomTab part={data} rights={rights.bom} />;
      case 'used_in':
        return <UsedInTab part={data} />;
      case 'pricing':
        return <PricingTab part={data} rights={rights.prices} />;
      case 'test_templates':
        return <TestTemplatesTab part={data} rights={rights.tests} />;
      case 'related':
        return <RelatedPartsTab part={data} rights={rights.related} />;
      case 'attachments':
        return <AttachmentsTab part={data} />;
      case 'notes':
        return <NotesTab part={data} canEdit={permissions.can('part', 'change')} onSaved={refresh} />;
    }
  };

  return (
    <Stack>
      <Breadcrumbs separator="/">
        <Anchor component={Link} to="/part" size="sm">
          {t('Parts')}
        </Anchor>
        {(data.category_path ?? []).map((step) => (
          <Anchor key={step.pk} component={Link} to={`/part/category/${step.pk}`} size="sm">
            {step.name}
          </Anchor>
        ))}
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={2}>{data.full_name || data.name}</Title>
            {!data.active && <Badge color="red">{t('Inactive')}</Badge>}
            {data.locked && <Badge color="orange">{t('Locked')}</Badge>}
            {data.is_template && <Badge>{t('Template')}</Badge>}
            {data.assembly && <Badge variant="light">{t('Assembly')}</Badge>}
          </Group>
          <Text c="dimmed">{data.description}</Text>
          {data.variant_of && (
            <Anchor component={Link} to={`/part/${data.variant_of}`} size="sm">
              {t('Variant of part {id}', { id: data.variant_of })}
            </Anchor>
          )}
        </div>
        <Group gap="xs">
          {permissions.can('part', 'change') && (
            <Button variant="default" onClick={() => setDialog('edit')}>
              {t('Edit')}
            </Button>
          )}
          {permissions.can('part', 'add') && (
            <Button variant="default" onClick={() => setDialog('duplicate')}>
              {t('Duplicate')}
            </Button>
          )}
          {permissions.can('part', 'delete') && (
            <Tooltip label={blocker ?? t('Delete this part')}>
              <Button
                color="red"
                variant="light"
                disabled={blocker !== null}
                onClick={() => void remove()}
              >
                {t('Delete')}
              </Button>
            </Tooltip>
          )}
        </Group>
      </Group>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}

      <Paper withBorder p="md">
        <Tabs defaultValue="details" keepMounted={false}>
          <Tabs.List>
            {panels.map((panel) => (
              <Tabs.Tab key={panel} value={panel}>
                {t(PANEL_TITLES[panel])}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {panels.map((panel) => (
            <Tabs.Panel key={panel} value={panel} pt="md">
              {panelContent(panel)}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>

      <ApiFormModal
        opened={dialog === 'edit'}
        title={t('Edit part')}
        onClose={() => setDialog(null)}
        metadataPath={path}
        submitPath={path}
        method="PATCH"
        initial={data as unknown as Record<string, unknown>}
        only={[...DUPLICATED_FIELDS, 'locked']}
        onSuccess={() => {
          setDialog(null);
          refresh();
        }}
      />
      {dialog === 'duplicate' && (
        <DuplicatePartDialog
          part={data}
          opened
          onClose={() => setDialog(null)}
          onCreated={(created) => {
            setDialog(null);
            void queryClient.invalidateQueries({ queryKey: ['table'] });
            navigate(`/part/${created.pk}`);
          }}
        />
      )}
    </Stack>
  );
}
