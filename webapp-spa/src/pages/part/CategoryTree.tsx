import { ApiEndpoints } from '../../api/endpoints';
import { NavTree } from '../../components/tree/NavTree';
import { t } from '../../i18n/translate';

/** The category tree beside the part table. */
export function CategoryTree({ selected }: { selected: number | null }) {
  return (
    <NavTree
      endpoint={ApiEndpoints.categoryTree}
      queryKey="category-tree"
      selected={selected}
      hrefOf={(id) => `/part/category/${id}`}
      root={{ href: '/part', label: t('All parts') }}
      label={t('Part categories')}
      emptyText={t('No categories')}
    />
  );
}
