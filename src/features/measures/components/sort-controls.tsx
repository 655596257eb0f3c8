import { useTranslation } from 'react-i18next';
import { MEASURE_SORT_KEYS, SORT_ORDERS, type MeasureSortKey, type SortOrder } from '@/domain/measure-list-query';
import { ChoiceSelect } from './choice-select';

interface SortControlsProps {
  sort: MeasureSortKey;
  order: SortOrder;
  onChange: (sort: MeasureSortKey, order: SortOrder) => void;
}

/** Sorting as two selects: the column headers sort too, but a phone shows no header row. */
export function SortControls({ sort, order, onChange }: SortControlsProps) {
  const { t } = useTranslation('measures');
  return (
    <div className="sort-controls">
      <ChoiceSelect
        width="auto"
        label={t('list.sort.label')}
        value={sort}
        options={MEASURE_SORT_KEYS.map((key) => ({ value: key, label: t(`list.columns.${key}`) }))}
        onChange={(next) => onChange(next, order)}
      />
      <ChoiceSelect
        width="auto"
        label={t('list.sort.order')}
        value={order}
        options={SORT_ORDERS.map((candidate) => ({ value: candidate, label: t(`list.sort.${candidate}`) }))}
        onChange={(next) => onChange(sort, next)}
      />
    </div>
  );
}
