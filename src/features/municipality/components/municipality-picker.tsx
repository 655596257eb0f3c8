import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useDeferredValue, useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formerNumberMatching, searchMunicipalities, type Municipality, type MunicipalitySource } from '@/domain/municipality';
import { foldForSearch } from '@/domain/search-text';
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
 * Find a municipality by name or number: a search field and the matching municipalities as links (a typing
 * error is forgiven, whole names first). The number of matches is announced; the municipality chosen last is
 * offered first, never forced. Before anything is typed, the list of all 357 stays folded (by county).
 */
export function MunicipalityPicker({ municipalities, source, query, onQueryChange, onChoose, remembered }: MunicipalityPickerProps) {
  const { t } = useTranslation('municipality');
  const deferred = useDeferredValue(query);
  const searching = foldForSearch(deferred) !== '';
  const matches = searching ? searchMunicipalities(municipalities, deferred) : [];
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
        {!searching ? '' : matches.length === 0 ? t('picker.none', { query: deferred.trim() }) : t('picker.count', { count: matches.length })}
      </p>
      {matches.length > 0 && (
        <ul className="municipality-picker__results" aria-label={t('picker.results')}>
          {matches.map((municipality) => {
            const former = formerNumberMatching(municipality, deferred);
            return (
              <li key={municipality.number}>
                <Link asChild>
                  <RouterLink to={dutiesHref(municipality.number)}>
                    {t('picker.result', { name: municipality.name, number: municipality.number, county: municipality.county.name })}
                    {former && ` (${t('picker.formerNumber', { number: former.number })})`}
                  </RouterLink>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {!searching && <ByCounty municipalities={municipalities} />}
      <Paragraph data-size="sm">
        {t('picker.source')}{' '}
        <Link href={source.url} lang="nb">
          {source.title}
        </Link>
      </Paragraph>
      <Paragraph data-size="sm">{t('picker.formerNumbersNote')}</Paragraph>
    </div>
  );
}

/** Every municipality, by county, folded away behind a button until asked for. */
function ByCounty({ municipalities }: { municipalities: readonly Municipality[] }) {
  const { t } = useTranslation('municipality');
  const [open, setOpen] = useState(false);
  const id = useId();
  const counties = new Map<string, { name: string; items: Municipality[] }>();
  if (open) {
    for (const municipality of [...municipalities].sort((a, b) => a.number.localeCompare(b.number))) {
      const county = counties.get(municipality.county.number) ?? { name: municipality.county.name, items: [] };
      county.items.push(municipality);
      counties.set(municipality.county.number, county);
    }
  }
  return (
    <div className="municipality-picker__all">
      <Button variant="secondary" data-size="sm" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('picker.showAll', { total: municipalities.length })}
      </Button>
      <div id={id} hidden={!open} className="municipality-picker__counties">
        {[...counties].map(([number, county]) => (
          <section key={number} aria-labelledby={`${id}-${number}`}>
            <Heading level={2} data-size="2xs" id={`${id}-${number}`}>
              {t('picker.county', { county: county.name, total: county.items.length })}
            </Heading>
            <ul className="municipality-picker__results">
              {county.items.map((municipality) => (
                <li key={municipality.number}>
                  <Link asChild>
                    <RouterLink to={dutiesHref(municipality.number)}>{t('picker.countyResult', { name: municipality.name, number: municipality.number })}</RouterLink>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
