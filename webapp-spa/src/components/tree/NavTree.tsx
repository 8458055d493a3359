import { ActionIcon, Alert, Loader, NavLink, ScrollArea, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { ancestry, buildTree, type TreeNode, type TreeRow } from './treeModel';

function Branch({
  node,
  selected,
  open,
  toggle,
  hrefOf,
  depth = 0,
}: {
  node: TreeNode;
  selected: number | null;
  open: Set<number>;
  toggle: (id: number) => void;
  hrefOf: (id: number) => string;
  depth?: number;
}) {
  const hasChildren = node.children.length > 0;
  const opened = open.has(node.pk);
  // The name navigates; the chevron beside it only opens or closes the branch.
  return (
    <>
      <NavLink
        component={Link}
        to={hrefOf(node.pk)}
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
          <Branch
            key={child.pk}
            node={child}
            selected={selected}
            open={open}
            toggle={toggle}
            hrefOf={hrefOf}
            depth={depth + 1}
          />
        ))}
    </>
  );
}

export interface NavTreeProps {
  /** The tree endpoint answering a flat list of {pk, name, parent}. */
  endpoint: string;
  queryKey: string;
  selected: number | null;
  hrefOf: (id: number) => string;
  root: { href: string; label: string };
  /** Names the navigation landmark. */
  label: string;
  emptyText: string;
}

/** A tree of nested objects beside a table (categories, locations); opens on the selected branch. */
export function NavTree({ endpoint, queryKey, selected, hrefOf, root, label, emptyText }: NavTreeProps) {
  const api = useApi();
  const tree = useQuery({
    queryKey: [queryKey],
    queryFn: () => api.get<TreeRow[]>(endpoint),
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

  if (tree.isPending) return <Loader size="sm" aria-label={t('Loading {name}', { name: label })} />;
  if (tree.isError) return <Alert color="red">{tree.error.message}</Alert>;

  return (
    <nav aria-label={label}>
      <ScrollArea.Autosize mah="75vh">
        <NavLink component={Link} to={root.href} label={root.label} active={selected === null} py={4} />
        {tree.data.length === 0 && (
          <Text c="dimmed" size="sm">
            {emptyText}
          </Text>
        )}
        {buildTree(tree.data).map((node) => (
          <Branch key={node.pk} node={node} selected={selected} open={open} toggle={toggle} hrefOf={hrefOf} />
        ))}
      </ScrollArea.Autosize>
    </nav>
  );
}
