import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictionaryRow, ExportKind } from '@/domain/export-dictionary';
import { useLanguage } from '@/lib/use-localized';

interface ExportDictionaryProps {
  kind: ExportKind;
  /** The export's columns, in the files' order. */
  columns: readonly string[];
}

/**
 * «Om kolonnene»: what each column of an export means, beside its download buttons. Closed at first; the
 * dictionary's text (src/domain/export-dictionary.ts) is loaded when it is opened, never on a first visit.
 */
export function ExportDictionary({ kind, columns }: ExportDictionaryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [rows, setRows] = useState<{ language: string; rows: DictionaryRow[] } | 'failed' | null>(null);
  const load = () => {
    if (rows !== null && rows !== 'failed' && rows.language === language) return;
    import('@/domain/export-dictionary').then(
      ({ dictionaryOf, dictionaryRows }) => setRows({ language, rows: dictionaryRows(dictionaryOf(kind), columns, language) }),
      () => setRows('failed'),
    );
  };
  return (
    <Details
      className="export-dictionary"
      data-size="sm"
      onToggle={(event) => {
        if ((event.target as HTMLDetailsElement).open) load();
      }}
    >
      <Details.Summary>{t('export.dictionary')}</Details.Summary>
      <Details.Content>
        <Paragraph data-size="sm">{t('export.dictionaryIntro')}</Paragraph>
        {rows === 'failed' ? (
          <Paragraph data-size="sm">{t('export.dictionaryFailed')}</Paragraph>
        ) : rows === null ? (
          <Paragraph data-size="sm">{t('export.dictionaryLoading')}</Paragraph>
        ) : (
          <dl className="export-dictionary__list">
            {rows.rows.map((row) => (
              <div key={row.column}>
                <dt>
                  <code>{row.column}</code> <span lang={language === 'nn' ? 'nn' : 'nb'}>({row.norwegianHeader})</span>
                </dt>
                <dd>{row.meaning}</dd>
              </div>
            ))}
          </dl>
        )}
      </Details.Content>
    </Details>
  );
}
