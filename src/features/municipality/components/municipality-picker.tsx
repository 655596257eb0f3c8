import { Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useDeferredValue, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { searchMunicipalities, type Municipality, type MunicipalitySource } from '@/domain/municipality';
import type { ChosenMunicipality } from '@/stores/ui-store';
import { dutiesHref } from '../utils/duties-params';
import './municipality.css';

interface MunicipalityPickerProps {
  municipalities: readonly Municipality[];
  source: MunicipalitySource;
  query: string;
  onQueryChange: (query: string) => void;
  /** Enter in the search field with a single match goes to it. */
  onChoose: (number: string) => void;
  remembered: ChosenMunicipality | null;
}

/**
 * Find a municipality by name or number: a search field and the matching municipalities as links.
 * The number of matches is announced; the municipality chosen last is offered first, never forced.
 */
export function MunicipalityPicker({ municipalities, source, query, onQueryChange, onChoose, remembered }: MunicipalityPickerProps) {
  const { t } = useTranslation('municipality');
  const deferred = useDeferredValue(query);
  const matches = searchMunicipalities(municipalities, deferred);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only) onChoose(only.number);
  };
  return (
    <div className="municipality-picker">
      {remembered && (
        <Paragraph className="municipality-picker__remembered">
          {t('picker.remembered')}{' '}
          <Link asChild>
            <RouterLink to={dutiesHref(remembered.number)}>
              {remembered.name} ({remembered.number})
            </RouterLink>
          </Link>
          <br />
          <span className="municipality-picker__hint">{t('picker.rememberedHint')}</span>
        </Paragraph>
      )}
      <form role="search" onSubmit={submit} className="municipality-picker__search">
        <Textfield
          type="search"
          label={t('picker.searchLabel')}
          description={t('picker.searchHelp')}
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </form>
      <p role="status" className="municipality-picker__count">
        {matches.length === 0 ? t('picker.none', { query: deferred.trim() }) : t('picker.count', { count: matches.length })}
      </p>
      {matches.length > 0 && (
        <ul className="municipality-picker__results" aria-label={t('picker.results')}>
          {matches.map((municipality) => (
            <li key={municipality.number}>
              <Link asChild>
                <RouterLink to={dutiesHref(municipality.number)}>
                  {t('picker.result', { name: municipality.name, number: municipality.number, county: municipality.county.name })}
                </RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Paragraph data-size="sm">
        {t('picker.source')}{' '}
        <Link href={source.url} lang="nb">
          {source.title}
        </Link>
      </Paragraph>
    </div>
  );
}
