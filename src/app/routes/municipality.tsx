import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useFrame } from '@/components/layouts/frame-context';
import { PageHeader } from '@/components/layouts/page-header';
import { FeedLink } from '@/components/ui/feed-link';
import { feedPaths } from '@/components/ui/feed-link-target';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { useMunicipalities } from '@/features/municipality/api/get-municipalities';
import { useMunicipalityDuties } from '@/features/municipality/api/get-municipality-duties';
import { DutiesDateForm, DutiesExport } from '@/features/municipality/components/duties-tools';
import { DutiesCalendar } from '@/features/municipality/components/duties-calendar';
import { DutiesSummary, MunicipalityDutiesView } from '@/features/municipality/components/municipality-duties';
import { MunicipalityPicker } from '@/features/municipality/components/municipality-picker';
import { dutiesHref, readDutiesParams } from '@/features/municipality/utils/duties-params';
import { toDutyRows } from '@/features/municipality/utils/duty-rows';
import { municipalityFrom } from '@/domain/frame-subject';
import { formerNumberMatching } from '@/domain/municipality';
import { isApiError } from '@/lib/api-client';
import { usePlans } from '@/lib/catalog/get-plans';
import { today as clockToday } from '@/lib/clock';
import { formatDate, formatDatePoint } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { useUiStore } from '@/stores/ui-store';

/** /kommune?q=: find a municipality; the search is in the address, the last choice is offered. */
export function MunicipalityPickerRoute() {
  const { t } = useTranslation('municipality');
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const remembered = useUiStore((state) => state.municipality);
  // The field answers every keystroke; the address follows, replacing its entry so Back leaves the page.
  const [query, setQuery] = useState(() => search.get('q') ?? '');
  const municipalities = useMunicipalities();
  const change = (text: string) => {
    setQuery(text);
    setSearch(text.trim() === '' ? {} : { q: text }, { replace: true });
  };
  return (
    <div className="page">
      <PageHeader title={t('picker.title')} intro={t('picker.intro')} />
      <QueryState query={municipalities}>
        {(list) => (
          <MunicipalityPicker
            municipalities={list.items}
            source={list.source}
            query={query}
            onQueryChange={change}
            onChoose={(number) => void navigate(dutiesHref(number))}
            remembered={remembered}
          />
        )}
      </QueryState>
    </div>
  );
}

/** /kommune/:nr?asOf=: the duties that apply to a municipality (to every municipality alike), today or on a date. */
export function MunicipalityDutiesRoute() {
  const { nr = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { t } = useTranslation('municipality');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const today = clockToday();
  const params = readDutiesParams(nr, search, today);
  const usable = params.numberValid && params.asOfProblem === undefined;
  const duties = useMunicipalityDuties(nr, params.asOf, usable);
  const data = combineQueries([duties, usePlans()]);
  const chooseMunicipality = useUiStore((state) => state.chooseMunicipality);
  const frame = useFrame();
  // The municipality from its data, or until that arrives, from what the page's frame knew (its name and county).
  const found = duties.data?.municipality ?? municipalityFrom(frame.subject, nr);
  const chosen = duties.data?.municipality;
  useEffect(() => {
    if (chosen) chooseMunicipality({ number: chosen.number, name: chosen.name });
  }, [chosen, chooseMunicipality]);

  // The shared frame of every municipality's page is made for no number in particular.
  const generic = frame.prerendering && found === null;
  if (!params.numberValid && !generic) return <MunicipalityProblem kind="malformedNumber" number={nr} />;
  if (isApiError(duties.error) && duties.error.isNotFound) return <MunicipalityProblem kind="notFound" number={nr} />;
  return (
    <div className="page municipality-duties">
      <ChangeMunicipality />
      <PageHeader title={found ? t('duties.title', { name: found.name }) : generic ? t('picker.title') : t('duties.titleNumber', { number: nr })}>
        {found && <Paragraph className="municipality-identity">{t('duties.identity', { number: found.number, county: found.county.name })}</Paragraph>}
      </PageHeader>
      {params.asOfProblem && (
        <Alert data-color="danger" className="duties-date-problem">
          <Paragraph>
            {params.asOfProblem === 'malformed'
              ? t('duties.problems.malformed', { value: params.rawAsOf })
              : t('duties.problems.future', { date: formatDate(params.rawAsOf ?? today, language) })}
          </Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={dutiesHref(nr)}>{t('duties.problems.backToToday')}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      )}
      {usable && found && <Paragraph className="duties-all">{t('duties.allMunicipalities', { name: found.name })}</Paragraph>}
      {(usable || generic) && (
        <QueryState query={data}>
          {([result, plans]) => {
            const planMap = new Map(plans.map((plan) => [plan.id, plan]));
            const date = formatDate(result.asOf, language);
            return (
              <>
                <Paragraph className="duties-as-of">
                  <strong>{params.asOf === null ? t('duties.dataAsOf', { date }) : t('duties.historical', { date })}</strong>
                </Paragraph>
                <DutiesSummary duties={result} />
                <div className="municipality-tools">
                  <DutiesDateForm
                    key={params.rawAsOf ?? ''}
                    value={params.rawAsOf ?? ''}
                    max={today}
                    invalid={false}
                    onSubmit={(asOf) => void navigate(dutiesHref(nr, asOf === '' ? null : asOf))}
                    onReset={params.asOf === null ? null : () => void navigate(dutiesHref(nr))}
                  />
                  <DutiesExport
                    number={result.municipality.number}
                    asOf={result.asOf}
                    rows={() =>
                      toDutyRows(result, { language, plans: planMap, statusLabel: (status) => tCommon(`status.${status}`), origin: window.location.origin })
                    }
                  />
                  <DutiesCalendar duties={result} plans={planMap} pageUrl={`${window.location.origin}${dutiesHref(result.municipality.number)}`} />
                  <FeedLink path={feedPaths.municipality(result.municipality.number)} title={t('duties.feed', { name: result.municipality.name })} />
                </div>
                <MunicipalityDutiesView duties={result} plans={planMap} pageUrl={window.location.href} />
              </>
            );
          }}
        </QueryState>
      )}
    </div>
  );
}

function ChangeMunicipality() {
  const { t } = useTranslation('municipality');
  return (
    <nav aria-label={t('duties.change')} className="breadcrumbs municipality-change">
      <Link asChild>
        <RouterLink to="/kommune">← {t('duties.change')}</RouterLink>
      </Link>
    </nav>
  );
}

/**
 * A number that is not four digits, or that no municipality has: say which, and lead back to the picker. A number
 * that a municipality had before leads to it as it is now (Bergen's 1201 to 4601; 1507, Ålesund until 2024, to
 * both municipalities it was split into).
 */
function MunicipalityProblem({ kind, number }: { kind: 'malformedNumber' | 'notFound'; number: string }) {
  const { t } = useTranslation('municipality');
  const language = useLanguage();
  const municipalities = useMunicipalities();
  const now = kind === 'notFound' ? (municipalities.data?.items ?? []).flatMap((municipality) => {
    const former = formerNumberMatching(municipality, number);
    return former === null ? [] : [{ municipality, former }];
  }) : [];
  return (
    <div className="page">
      <PageHeader title={t(`duties.${kind}.title`)} intro={now.length === 0 ? t(`duties.${kind}.body`, { number }) : undefined} />
      {now.length > 0 && (
        <>
          <Paragraph>{t('duties.formerNumber.intro', { number, name: now[0]?.former.name })}</Paragraph>
          <ul className="municipality-former">
            {now.map(({ municipality, former }) => (
              <li key={municipality.number}>
                <Link asChild>
                  <RouterLink to={dutiesHref(municipality.number)}>
                    {t('duties.formerNumber.now', { name: municipality.name, number: municipality.number, since: formatDatePoint(former.replacedOn, language) })}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
          <Paragraph data-size="sm">
            {t('duties.formerNumber.source')}{' '}
            <Link href={now[0]?.former.source.url ?? undefined} lang="nb">
              {now[0]?.former.source.title}
            </Link>
          </Paragraph>
        </>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/kommune">{t('duties.toPicker')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
