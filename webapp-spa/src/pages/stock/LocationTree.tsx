import { ApiEndpoints } from '../../api/endpoints';
import { NavTree } from '../../components/tree/NavTree';
import { t } from '../../i18n/translate';

/** The location tree beside the stock table. */
export function LocationTree({ selected }: { selected: number | null }) {
  return (
    <NavTree
      endpoint={ApiEndpoints.stockLocationTree}
      queryKey="location-tree"
      selected={selected}
      hrefOf={(id) => `/stock/location/${id}`}
      root={{ href: '/stock/location', label: t('All stock') }}
      label={t('Stock locations')}
      emptyText={t('No locations')}
    />
  );
}
