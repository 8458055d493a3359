import { Alert, Checkbox, Loader, Table } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';

interface RuleSet {
  pk: number;
  name: string;
  label: string;
  can_view: boolean;
  can_add: boolean;
  can_change: boolean;
  can_delete: boolean;
}

const FLAGS = ['can_view', 'can_add', 'can_change', 'can_delete'] as const;

/** A group's role permissions, one row per role, edited with checkboxes. */
export function GroupRoles({ group, canEdit }: { group: number; canEdit: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const rules = useQuery({
    queryKey: ['rulesets', group],
    queryFn: () => api.get<RuleSet[]>(ApiEndpoints.ruleSets, { group }),
  });
  if (rules.isPending) return <Loader size="sm" />;
  if (rules.isError) return <Alert color="red">{rules.error.message}</Alert>;

  const toggle = async (rule: RuleSet, flag: (typeof FLAGS)[number]) => {
    setError(null);
    try {
      await api.patch(detailPath(ApiEndpoints.ruleSets, rule.pk), { [flag]: !rule[flag] });
      await queryClient.invalidateQueries({ queryKey: ['rulesets', group] });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const titles = { can_view: t('View'), can_add: t('Add'), can_change: t('Change'), can_delete: t('Delete') };

  return (
    <>
      {error && <Alert color="red">{error}</Alert>}
      <Table aria-label={t('Roles')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Role')}</Table.Th>
            {FLAGS.map((flag) => (
              <Table.Th key={flag}>{titles[flag]}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.data.map((rule) => (
            <Table.Tr key={rule.pk}>
              <Table.Td>{rule.label || rule.name}</Table.Td>
              {FLAGS.map((flag) => (
                <Table.Td key={flag}>
                  <Checkbox
                    aria-label={`${rule.label || rule.name}: ${titles[flag]}`}
                    checked={rule[flag]}
                    disabled={!canEdit}
                    onChange={() => void toggle(rule, flag)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
