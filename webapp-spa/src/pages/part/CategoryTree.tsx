import { ActionIcon, Alert, Loader, NavLink, ScrollArea, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { ApiEndpoints } from '../../api/endpoints';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { ancestry, buildTree, type CategoryNode, type CategoryTreeRow } from './categoryTree';

function TreeNode({
  node,
  selected,
  open,
  toggle,
  depth = 0,
}: {
  node: CategoryNode;
  selected: number | null;
  open: Set<number>;
  toggle: (id: number) => void;
  depth?: number;
}) {
  const hasChildren = node.children.length > 0;
  const opened = open.has(node.pk);
  // The name navigates; the chevron beside it only opens or closes the branch.
  return (
    <>
      <NavLink
        component={Link}
        to={`/part/category/${node.pk}`}
        label={node.name}
        active={node.pk === selected}
        pl={8 + depth * 14}
        py={4}
        rightSection={
          hasChildren ? (
            <ActionIcon
              component="span"
              size="xs"
              variant="subtle"
              role="button"
              aria-label={opened ? t('Collapse {name}', { name: node.name }) : t('Expand {name}', { name: node.name })}
              onClick={(event: MouseEvent) => {
                event.preventDefault();
                event.stopPropagation();
                toggle(node.pk);
              }}
            >
              {opened ? '▾' : '▸'}
            </ActionIcon>
          ) : undefined
        }
      />
      {hasChildren &&
        opened &&
        node.children.map((child) => (
          <TreeNode key={child.pk} node={child} selected={selected} open={open} toggle={toggle} depth={depth + 1} />
        ))}
    </>
  );
}

/** The category tree beside the part table; opens on the selected category's branch. */
export function CategoryTree({ selected }: { selected: number | null }) {
  const api = useApi();
  const tree = useQuery({
    queryKey: ['category-tree'],
    queryFn: () => api.get<CategoryTreeRow[]>(ApiEndpoints.categoryTree),
  });
  const [open, setOpen] = useState<Set<number>>(new Set());
  const [openedFor, setOpenedFor] = useState<number | null | undefined>(undefined);

  if (tree.data && openedFor !== selected) {
    setOpenedFor(selected);
    setOpen(new Set([...open, ...ancestry(tree.data, selected)]));
  }

  const toggle = (id: number) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };

  if (tree.isPending) return <Loader size="sm" aria-label={t('Loading categories')} />;
  if (tree.isError) return <Alert color="red">{tree.error.message}</Alert>;

  return (
    <nav aria-label={t('Part categories')}>
      <ScrollArea.Autosize mah="75vh">
        <NavLink component={Link} to="/part" label={t('All parts')} active={selected === null} py={4} />
        {tree.data.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('No categories')}
          </Text>
        )}
        {buildTree(tree.data).map((node) => (
          <TreeNode key={node.pk} node={node} selected={selected} open={open} toggle={toggle} />
        ))}
      </ScrollArea.Autosize>
    </nav>
  );
}
