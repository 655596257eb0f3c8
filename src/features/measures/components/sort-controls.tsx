import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURE_SORT_KEYS, SORT_ORDERS, type MeasureSortKey, type SortOrder } from '@/domain/measure-query';

interface SortControlsProps {
  sort: MeasureSortKey;
  order: SortOrder;
  onChange: (sort: MeasureSortKey, order: SortOrder) => void;
}

/** Sorting as two selects: the column headers sort too, but a phone shows no header row. */
export function SortControls({ sort, order, onChange }: SortControlsProps) {
  const { t } = useTranslation('measures');
  const sortId = useId();
  const orderId = useId();
  return (
    <div className="sort-controls">
      <Field data-size="sm">
        <Label htmlFor={sortId}>{t('list.sort.label')}</Label>
        <Select
          id={sortId}
          width="auto"
          value={sort}
          onChange={(event) => {
            const next = MEASURE_SORT_KEYS.find((key) => key === event.target.value);
            if (next) onChange(next, order);
          }}
        >
          {MEASURE_SORT_KEYS.map((key) => (
            <Select.Option key={key} value={key}>
              {t(`list.columns.${key}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field data-size="sm">
        <Label htmlFor={orderId}>{t('list.sort.order')}</Label>
        <Select
          id={orderId}
          width="auto"
          value={order}
          onChange={(event) => {
            const next = SORT_ORDERS.find((candidate) => candidate === event.target.value);
            if (next) onChange(sort, next);
          }}
        >
          {SORT_ORDERS.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`list.sort.${candidate}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
