import { Alert, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment, useId, type ReactNode } from 'react';
import { textIn } from '@/domain/localized-text';
import { Localized } from '@/components/ui/localized';
import { DeadlineText } from '@/components/ui/deadline-text';
import { VerificationTag } from '@/components/ui/verification-tag';
import type { ReportModel } from '../utils/report-model';
import {
  areaName,
  areaSectionId,
  coverLines,
  date,
  datesLine,
  dueUntil,
  entryLabel,
  figureName,
  methodItems,
  number,
  planLabel,
  runningHeader,
  SECTION_IDS,
  signed,
  summarySentences,
  targetsSentence,
  titleOf,
  type ReportWords,
} from '../utils/report-text';
import { ProgressFigure } from './progress-figure';
import { ReportEntryBlock } from './report-entry';
import { ReportPageStyle } from './report-page-style';

interface ReportDocumentProps {
  model: ReportModel;
  words: ReportWords;
  /** Where the data came from (the API's address), and the report's own address. */
  api: string;
  address: string;
  /** Takes focus after the report is made for another plan or date (the form that asked for it starts again). */
  headingRef?: (element: HTMLElement | null) => void;
}

/** A part of the report; on paper, `newPage` starts it on a page of its own. */
function ReportSection({ id, title, children, level = 2, newPage = false }: { id: string; title: string; children: ReactNode; level?: 2 | 3; newPage?: boolean }) {
  const headingId = `${id}-tittel`;
  return (
    <section id={id} aria-labelledby={headingId} className={`report-section${newPage ? ' report-section--new-page' : ''}`}>
      <Heading level={level} data-size={level === 2 ? 'sm' : 'xs'} id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * The report as a document: the cover, the table of contents, the summary with the key figures on both dates and
 * progress by area, every measure by area with the changes between the dates, deadlines in the next 12 months,
 * what is uncertain, and how it is counted. The same text on screen and on paper (A4, report.css and the page
 * rule of ReportPageStyle); the .docx says the same (report-docx.ts).
 */
export function ReportDocument({ model, words, api, address, headingRef }: ReportDocumentProps) {
  const { t } = words;
  const coverId = useId();
  const dates = { asOf: date(words, model.asOf), compareTo: date(words, model.compareTo) };
  const window = { asOf: dates.asOf, until: date(words, dueUntil(model)) };
  const [plan] = model.plans;
  return (
    <div className="report-document" data-report="">
      <ReportPageStyle header={runningHeader(words, model)} page={t('page')} of={t('pageOf')} />
      <section className="report-cover" aria-labelledby={coverId}>
        <Heading ref={headingRef} tabIndex={-1} level={2} data-size="md" id={coverId} className="report-cover__plan">
          {model.allPlans || plan === undefined ? (
            planLabel(words, model)
          ) : (
            <>
              {plan.reference} <Localized text={plan.title} />
            </>
          )}
        </Heading>
        <Paragraph className="report-cover__dates">{datesLine(words, model)}</Paragraph>
        <dl className="report-cover__facts">
          {coverLines(words, model, api).map((line) => (
            <div key={line.label}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
          <div>
            <dt>{t('cover.address')}</dt>
            <dd className="report-cover__address">{address}</dd>
          </div>
        </dl>
        {model.synthetic && (
          <Alert data-color="warning" className="report-cover__synthetic">
            {t('cover.synthetic')}
          </Alert>
        )}
        <Contents model={model} words={words} />
      </section>

      <ReportSection id={SECTION_IDS.summary} title={t('summary.title')} newPage>
        <Paragraph>{summarySentences(words, model).join(' ')}</Paragraph>
        <div className="table-scroll" role="region" aria-label={t('summary.figuresCaption', dates)} tabIndex={0}>
          <Table zebra data-size="sm" className="data-table report-figures">
            <caption>{t('summary.figuresCaption', dates)}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('summary.figure')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {dates.compareTo}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {dates.asOf}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('summary.change')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {model.figures.map((row) => (
                <Table.Row key={row.key} data-figure={row.key}>
                  <Table.HeaderCell scope="row">{figureName(words, row.key)}</Table.HeaderCell>
                  <Table.Cell className="numeric">{number(words, row.before)}</Table.Cell>
                  <Table.Cell className="numeric">{number(words, row.after)}</Table.Cell>
                  <Table.Cell className="numeric">{signed(words, row.change)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <Paragraph>{targetsSentence(words, model)}</Paragraph>
        <ReportSection id={SECTION_IDS.progress} title={t('progress.title')} level={3}>
          <ProgressFigure model={model} words={words} />
        </ReportSection>
      </ReportSection>

      <ReportSection id={SECTION_IDS.areas} title={t('areas.title')} newPage>
        <Paragraph>{t('areas.intro')}</Paragraph>
        {model.areas.map((area) => (
          <section key={area.areaId} id={areaSectionId(area.areaId)} aria-labelledby={`${areaSectionId(area.areaId)}-tittel`} className="report-area">
            <Heading level={3} data-size="xs" id={`${areaSectionId(area.areaId)}-tittel`}>
              {areaName(words, area)}
            </Heading>
            <Paragraph data-size="sm">
              {t('areas.count', { count: area.entries.length, moved: number(words, area.moved) })}
            </Paragraph>
            {area.entries.map((entry) => (
              <ReportEntryBlock key={entry.measure.id} entry={entry} model={model} words={words} />
            ))}
          </section>
        ))}
      </ReportSection>

      <ReportSection id={SECTION_IDS.due} title={t('due.title')} newPage>
        {model.dueSoon.length === 0 ? (
          <Paragraph>{t('due.none', window)}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('due.intro', window)}</Paragraph>
            <ul className="report-list">
              {model.dueSoon.map((entry) => (
                <li key={entry.measure.id}>
                  <MeasureName entry={entry} model={model} words={words} /> (<DeadlineText deadline={entry.measure.deadline} />)
                </li>
              ))}
            </ul>
          </>
        )}
      </ReportSection>

      <ReportSection id={SECTION_IDS.uncertain} title={t('uncertain.title')}>
        {model.uncertain.length === 0 ? (
          <Paragraph>{t('uncertain.none')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('uncertain.intro')}</Paragraph>
            <ul className="report-list report-list--uncertain">
              {model.uncertain.map((fact) => (
                <li key={fact.entry.measure.id} data-measure={fact.entry.measure.id}>
                  <p>
                    <MeasureName entry={fact.entry} model={model} words={words} /> <VerificationTag verified={fact.verified} />
                  </p>
                  {fact.verified !== 'verified' && (
                    <p>
                      <span className="report-change__label">{t('uncertain.unknown')}:</span>{' '}
                      {fact.notes.length === 0
                        ? t('uncertain.noNote')
                        : fact.notes.map((note, index) => (
                            <Fragment key={index}>
                              {index > 0 && ' '}
                              <Localized text={note} />
                            </Fragment>
                          ))}
                    </p>
                  )}
                  {fact.uncertainOn.map((day) => (
                    <p key={day}>{t('uncertain.dateOn', { date: date(words, day) })}</p>
                  ))}
                </li>
              ))}
            </ul>
          </>
        )}
      </ReportSection>

      <ReportSection id={SECTION_IDS.method} title={t('method.title')}>
        <ul className="report-list report-method">
          {methodItems(words).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </ReportSection>
    </div>
  );
}

/** "Nr. 12: Helsestasjons- og skolehelsetjenesten …", with the title in the language it is written in. */
function MeasureName({ entry, model, words }: { entry: ReportModel['dueSoon'][number]; model: ReportModel; words: ReportWords }) {
  const title = titleOf(words, entry);
  return (
    <>
      <span className="report-list__label">{entryLabel(words, model, entry)}:</span> <span lang={title.isFallback ? title.language : undefined}>{title.value}</span>
    </>
  );
}

/** The table of contents: links to each part and to each area. Chromium cannot print page numbers in it. */
function Contents({ model, words }: { model: ReportModel; words: ReportWords }) {
  const { t } = words;
  const headingId = useId();
  const link = (id: string, text: string) => <Link href={`#${id}`}>{text}</Link>;
  return (
    <nav className="report-contents" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('toc.title')}
      </Heading>
      <ol>
        <li>
          {link(SECTION_IDS.summary, t('summary.title'))}
          <ol>
            <li>{link(SECTION_IDS.progress, t('progress.title'))}</li>
          </ol>
        </li>
        <li>
          {link(SECTION_IDS.areas, t('areas.title'))}
          <ol>
            {model.areas.map((area) => (
              <li key={area.areaId}>{link(areaSectionId(area.areaId), textIn(area.name ?? { nb: area.areaId }, words.language))}</li>
            ))}
          </ol>
        </li>
        <li>{link(SECTION_IDS.due, t('due.title'))}</li>
        <li>{link(SECTION_IDS.uncertain, t('uncertain.title'))}</li>
        <li>{link(SECTION_IDS.method, t('method.title'))}</li>
      </ol>
    </nav>
  );
}
