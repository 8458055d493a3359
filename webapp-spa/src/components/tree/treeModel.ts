/** A row of a tree endpoint (GET api/part/category/tree/, api/stock/location/tree/). */
export interface TreeRow {
  pk: number;
  name: string;
  parent: number | null;
  pathstring?: string;
  structural?: boolean;
  subcategories?: number;
}

export interface TreeNode extends TreeRow {
  children: TreeNode[];
}

/**
 * Nests the flat tree rows under their parents, each level by name. A row whose parent is not in
 * the list (filtered out) becomes a root, so nothing disappears.
 */
export function buildTree(rows: TreeRow[]): TreeNode[] {
  const nodes = new Map<number, TreeNode>(rows.map((row) => [row.pk, { ...row, children: [] }]));
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent === null ? undefined : nodes.get(node.parent);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name));
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** The ids from the root down to the given node, to open the tree where the user is. */
export function ancestry(rows: TreeRow[], id: number | null): number[] {
  const byId = new Map(rows.map((row) => [row.pk, row]));
  const path: number[] = [];
  let current = id === null ? undefined : byId.get(id);
  while (current && !path.includes(current.pk)) {
    path.unshift(current.pk);
    current = current.parent === null ? undefined : byId.get(current.parent);
  }
  return path;
}
