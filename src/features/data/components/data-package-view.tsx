import { Details, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DataPackageSummary, ResourceSummary } from '@/domain/data-package-descriptor';
import { Section } from '@/components/ui/section';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { fieldRows, fileName, fileUrl } from '../utils/data-package-view';
import './data.css';

const RESOURCES = ['plans', 'areas', 'measures', 'history', 'obligations', 'measure_obligations', 'measure_follow_ups', 'sources', 'municipalities'] as const;
type KnownResource = (typeof RESOURCES)[number];
const isKnown = (name: string): name is KnownResource => (RESOURCES as readonly string[]).includes(name);

interface DataPackageViewProps {
  pkg: DataPackageSummary;
  /** The descriptor's address: the files' paths are relative to it. */
  descriptor: string;
  /** The backend's package of the database now (true), or the demo's published files (false). */
  live: boolean;
}

/**
 * The open data package (/data): what is in it (each file, its rows and fields), how it is made, how to cite it,
 * and a link to each file. What it says about the data comes from the descriptor itself.
 */
export function DataPackageView({ pkg, descriptor, live }: DataPackageViewProps) {
  const { t } = useTranslation('data');
  const language = useLanguage();
  const titleOf = (resource: ResourceSummary) => (isKnown(resource.name) ? t(`resources.${resource.name}`) : resource.title);
  const caption = t('contents.caption');
  const licence = pkg.licenses[0];
  return (
    <>
      <Paragraph role="status">
        {t('summary', { version: pkg.version, created: formatDateTime(pkg.created, language), asOf: formatDate(pkg.asOf, language) })}
      </Paragraph>
      <Paragraph className="data-package__origin">{live ? t('live') : t('published')}</Paragraph>

      <Section title={t('contents.title')}>
        <Paragraph>{t('contents.intro')}</Paragraph>
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <Table zebra data-size="sm" className="data-package__files">
            <caption className="visually-hidden">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('columns.resource')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('columns.file')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="data-package__number">
                  {t('columns.rows')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="data-package__number">
                  {t('columns.fields')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {pkg.resources.map((resource) => (
                <Table.Row key={resource.name}>
                  <Table.HeaderCell scope="row">{titleOf(resource)}</Table.HeaderCell>
                  <Table.Cell>
                    <Link href={fileUrl(resource.path, descriptor)} download={fileName(resource.path)}>
                      {fileName(resource.path)}
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="data-package__number">{formatNumber(resource.rows, language)}</Table.Cell>
                  <Table.Cell className="data-package__number">{formatNumber(resource.schema.fields.length, language)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <Paragraph>
          {t('download.descriptor')} <Link href={descriptor}>datapackage.json</Link>
        </Paragraph>
        <Paragraph data-size="sm">{t('fields.intro')}</Paragraph>
        {pkg.resources.map((resource) => (
          <FieldList key={resource.name} resource={resource} title={titleOf(resource)} />
        ))}
      </Section>

      <Section title={t('made.title')}>
        <Paragraph>{t('made.source')}</Paragraph>
        <Paragraph>{t('made.uncertain')}</Paragraph>
        <Paragraph>{t('made.verified')}</Paragraph>
        <Paragraph>{t('made.dates')}</Paragraph>
        <Paragraph>
          {t('made.validate')} <code className="data-package__command">frictionless validate {descriptor}</code>
        </Paragraph>
      </Section>

      <Section title={t('cite.title')}>
        <Paragraph>{t('cite.intro')}</Paragraph>
        <blockquote className="data-package__citation">
          <Paragraph>
            {t('cite.line', { publisher: pkg.contributors?.[0]?.title ?? 'Tiltaksmonitor', year: pkg.created.slice(0, 4), title: pkg.title, version: pkg.version, asOf: pkg.asOf, url: descriptor })}
          </Paragraph>
        </blockquote>
        <Paragraph>{t('cite.cff')}</Paragraph>
        {licence && (
          <Paragraph>
            {t('cite.licence')}{' '}
            {licence.path ? (
              <Link href={licence.path} lang="en">
                {licence.title ?? licence.name}
              </Link>
            ) : (
              <span lang="en">{licence.title ?? licence.name}</span>
            )}
          </Paragraph>
        )}
      </Section>
    </>
  );
}

/** A file's fields, closed at first: name, type, keys and what it means (the descriptor's words, in English). */
function FieldList({ resource, title }: { resource: ResourceSummary; title: string }) {
  const { t } = useTranslation('data');
  const rows = fieldRows(resource);
  const caption = t('fields.caption', { resource: title });
  return (
    <Details data-size="sm" className="data-package__fields">
      <Details.Summary>{t('fields.summary', { resource: title, file: fileName(resource.path), count: rows.length })}</Details.Summary>
      <Details.Content>
        {resource.description && (
          <Paragraph data-size="sm" lang="en">
            {resource.description}
          </Paragraph>
        )}
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <Table data-size="sm">
            <caption className="visually-hidden">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('fields.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fields.type')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fields.keys')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fields.description')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((field) => (
                <Table.Row key={field.name}>
                  <Table.HeaderCell scope="row">
                    <code>{field.name}</code>
                  </Table.HeaderCell>
                  <Table.Cell>
                    <code>{field.type}</code>
                  </Table.Cell>
                  <Table.Cell>
                    {[
                      field.key ? t('fields.primaryKey') : null,
                      field.refersTo === null ? null : t('fields.refersTo', { target: field.refersTo }),
                      field.required ? t('fields.required') : null,
                    ]
                      .filter((part) => part !== null)
                      .join(', ')}
                  </Table.Cell>
                  <Table.Cell lang="en">{field.description}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </Details.Content>
    </Details>
  );
}
