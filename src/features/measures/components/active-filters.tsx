import { Button, Chip } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '@/domain/area';
import { pickText, type LocalizedText } from '@/domain/localized-text';
import type { Plan } from '@/domain/plan';
import { useLanguage } from '@/lib/use-localized';
import type { ActiveFilter } from '../utils/list-view';

interface ActiveFiltersProps {
  active: readonly ActiveFilter[];
  areas: ReadonlyMap<string, Area>;
  plans: ReadonlyMap<string, Plan>;
  /** The responsible bodies, by their bokmål name (the filter's value), so that a chip names one in the reader's language. */
  responsible?: readonly LocalizedText[];
  onRemove: (filter: ActiveFilter) => void;
  onClear: () => void;
  /** Where focus goes when the last chosen filter is gone. */
  onEmptied: () => void;
}

/** The chosen filters as chips, each removable, and a button that clears them all. */
export function ActiveFilters({ active, areas, plans, responsible = [], onRemove, onClear, onEmptied }: ActiveFiltersProps) {
  const { t } = useTranslation(['measures', 'common']);
  const language = useLanguage();
  const listRef = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);
  // A removed chip takes focus with it: give it to the chip now in its place, or hand it on.
  useEffect(() => {
    const position = focusAt.current;
    if (position === null) return;
    focusAt.current = null;
    const buttons = listRef.current?.querySelectorAll('button');
    const next = buttons?.[Math.min(position, buttons.length - 1)];
    if (next) next.focus();
    else onEmptied();
  });

  if (active.length === 0) return null;

  const label = (filter: ActiveFilter): string => {
    switch (filter.param) {
      case 'plan':
        return `${t('list.filters.plan')}: ${plans.get(filter.value)?.reference ?? filter.value}`;
      case 'area': {
        const area = areas.get(filter.value);
        return `${t('list.filters.area')}: ${area ? pickText(area.name, language).value : filter.value}`;
      }
      case 'status':
        return `${t('list.filters.status')}: ${t(`common:status.${filter.value}`, { defaultValue: filter.value })}`;
      case 'instrument':
        return `${t('list.filters.instrument')}: ${t(`common:instrument.${filter.value}`, { defaultValue: filter.value })}`;
      case 'responsible': {
        const body = responsible.find((name) => name.nb === filter.value);
        return `${t('list.filters.responsible')}: ${body ? pickText(body, language).value : filter.value}`;
      }
      case 'verified':
        return `${t('list.filters.verified')}: ${t(`common:verification.${filter.value}`, { defaultValue: filter.value })}`;
      case 'completedLate':
        return filter.value ? t('list.active.completedLateTrue') : t('list.active.completedLateFalse');
      case 'deadlineMoved':
        return filter.value ? t('list.active.deadlineMovedTrue') : t('list.active.deadlineMovedFalse');
      case 'overdue':
        return filter.value ? t('list.active.overdueTrue') : t('list.active.overdueFalse');
      case 'hasObligation':
        return filter.value ? t('list.active.obligationTrue') : t('list.active.obligationFalse');
      case 'deadlineFrom':
        return t('list.active.deadlineFrom', { year: filter.value });
      case 'deadlineTo':
        return t('list.active.deadlineTo', { year: filter.value });
      case 'dueWithinMonths':
        return t('list.active.dueWithin', { count: filter.value });
      case 'q':
        return t('list.active.search', { text: filter.value });
    }
  };

  return (
    <div className="active-filters" role="group" aria-label={t('list.active.label')}>
      <ul ref={listRef} className="active-filters__list">
        {active.map((filter, index) => {
          const text = label(filter);
          return (
            <li key={`${filter.param}:${String(filter.value)}`}>
              <Chip.Removable
                data-size="sm"
                aria-label={t('list.active.remove', { filter: text })}
                onClick={() => {
                  onRemove(filter);
                  focusAt.current = index;
                }}
              >
                {text}
              </Chip.Removable>
            </li>
          );
        })}
      </ul>
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={() => {
          onClear();
          onEmptied();
        }}
      >
        {t('list.active.clearAll')}
      </Button>
    </div>
  );
}
