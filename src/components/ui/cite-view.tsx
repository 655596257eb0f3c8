import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { permanentAddress } from '@/domain/citation';
import type { IsoDate } from '@/domain/date-point';
import { today } from '@/lib/clock';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { addressBreaks } from './address-breaks';
import { useCopy } from './use-copy';
import './cite-view.css';

interface CiteViewProps {
  /** What the view shows, as a reader would name it («Tiltak i Meld. St. 26 (2014–2015), 24 tiltak»). */
  view: string;
  /** The view's address. */
  address: string;
  /** The date the view shows. */
  date: IsoDate;
  /** Whether the address takes `asOf`: then the citation's address has the date fixed (src/domain/citation.ts). */
  fixDate: boolean;
}

/**
 * «Siter denne visningen»: a citation line for the view (what it shows, on what date, from which release of the
 * dataset, its permanent address and the day it was read), shown and copied with one click. Where the clipboard is
 * not available the line stays on screen to select. Loaded lazily where it is used (it has texts of its own).
 */
export function CiteView({ view, address, date, fixDate }: CiteViewProps) {
  const { t } = useTranslation('cite');
  const language = useLanguage();
  const { state, copy } = useCopy();
  const citedAddress = fixDate ? permanentAddress(address, date) : address;
  const line = t('line', {
    view,
    date: formatDate(date, language),
    version: __DATASET_VERSION__,
    address: citedAddress,
    retrieved: formatDate(today(), language),
    interpolation: { escapeValue: false },
  });
  return (
    <div className="cite-view" role="group" aria-label={t('title')}>
      <Paragraph data-size="sm" className="cite-view__title">
        {t('title')}
      </Paragraph>
      <Paragraph data-size="sm" className="cite-view__line">
        <LineWithAddress line={line} address={citedAddress} />
      </Paragraph>
      <div className="cite-view__actions">
        <Button variant="secondary" data-size="sm" onClick={() => void copy(line)}>
          {t('copy')}
        </Button>
        <span role="status" className="cite-view__status">
          {state === 'copied' ? t('copied') : state === 'failed' ? t('failed') : ''}
        </span>
      </div>
    </div>
  );
}

/** The line as text, its address with the places a long address may wrap (after «?», «&», «=», before a «/»). */
function LineWithAddress({ line, address }: { line: string; address: string }) {
  const at = line.indexOf(address);
  if (at < 0) return line;
  return (
    <>
      {line.slice(0, at)}
      <span className="cite-view__address">
        {addressBreaks(address).map((piece, index) => (
          <span key={index}>
            {index > 0 && <wbr />}
            {piece}
          </span>
        ))}
      </span>
      {line.slice(at + address.length)}
    </>
  );
}
