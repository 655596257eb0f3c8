import { Details } from '@digdir/designsystemet-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { activeFilters } from '../utils/list-view';
import type { MeasureFiltersProps } from './filter-panel';

const loadPanel = () => import('./filter-panel');
const FilterPanel = lazy(() => loadPanel().then((module) => ({ default: module.FilterPanel })));

/**
 * Every filter of the list, behind one button that says how many are chosen (a disclosure, closed at first, so
 * that on a phone the measures come first; the chosen filters also show as chips outside it). The filters
 * themselves are in the address; their panel's code is loaded when the button is first pressed (or pointed at).
 */
export function MeasureFilters(props: MeasureFiltersProps) {
  const { t } = useTranslation('measures');
  const [opened, setOpened] = useState(false);
  const chosen = activeFilters({ ...props.filters, q: undefined }).length;
  return (
    <Details
      className="measure-filters"
      onToggle={(event) => {
        if ((event.target as HTMLDetailsElement).open) setOpened(true);
      }}
    >
      <Details.Summary onPointerEnter={() => void loadPanel()} onFocus={() => void loadPanel()}>
        {t('list.filters.title')}
        {chosen > 0 && <span className="measure-filters__count"> ({t('list.filters.selected', { count: chosen })})</span>}
      </Details.Summary>
      <Details.Content>
        {opened && (
          <Suspense fallback={<Spinner aria-label={t('list.filters.loading')} data-size="sm" />}>
            <FilterPanel {...props} />
          </Suspense>
        )}
      </Details.Content>
    </Details>
  );
}
