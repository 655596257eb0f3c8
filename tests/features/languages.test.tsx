import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import type { Language, LocalizedText } from '@/domain/localized-text';
import type { Measure } from '@/domain/measure';
import { renderRoute } from '../render';

/**
 * Every word in its language: in nynorsk and English, a page shows no bokmål outside an element marked
 * lang="nb" (what exists only in bokmål, the audit trail, the sources and the legal references, is shown so
 * marked), and the known leaks stay fixed: the ministry by its English name, nynorsk UI words.
 */

function measure(id: string): Measure {
  const found = FIXTURES.measures.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No measure ${id}`);
  return found;
}

/** The bokmål form of a text, when the reader's language has a form of its own that differs. */
function bokmalOnly(text: LocalizedText | undefined, language: Language): string[] {
  if (text === undefined) return [];
  const own = text[language];
  return own !== undefined && own !== text.nb ? [text.nb] : [];
}

/** The texts of a measure that are bokmål, and so must never be shown unmarked to a nynorsk or English reader. */
function bokmalTextsOf(subject: Measure, language: Language): string[] {
  const area = FIXTURES.areas.find((candidate) => candidate.id === subject.areaId);
  const localized = [
    subject.title,
    subject.description,
    subject.responsible,
    subject.topic,
    area?.name,
    subject.outcome?.summary,
    subject.outcome?.note,
    ...subject.obligations.flatMap((obligation) => [obligation.requires, obligation.plainLanguage, obligation.note]),
  ].flatMap((text) => bokmalOnly(text, language));
  // Written in bokmål only: the audit trail, the sources' titles, what carried the measure out and the law.
  const written = [
    ...subject.history.flatMap((entry) => [entry.reason ?? '', entry.type === 'note' ? entry.text : '', entry.source?.title ?? '']),
    ...subject.sources.map((source) => source.title),
    subject.outcome?.implementedThrough ?? '',
    ...subject.obligations.map((obligation) => obligation.legalReference),
  ];
  // Short texts ("Fysioterapi") may well be the same word in the reader's language too.
  return [...new Set([...localized, ...written])].filter((text) => text.length >= 12);
}

/** Each piece of text on the page with the language it is marked with (the reader's when none is). */
function textsWithLanguage(reader: Language): { text: string; language: string }[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: { text: string; language: string }[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text === '') continue;
    const marked = node.parentElement?.closest('[lang]')?.getAttribute('lang');
    texts.push({ text, language: marked ?? reader });
  }
  return texts;
}

/** The bokmål texts the page shows without saying that they are bokmål. */
function unmarkedBokmal(reader: Language, bokmal: readonly string[]): string[] {
  return textsWithLanguage(reader)
    .filter(({ language }) => language !== 'nb')
    .flatMap(({ text }) => bokmal.filter((nb) => text.includes(nb)).map((nb) => `«${nb}» in «${text}»`));
}

const READERS = ['en', 'nn'] as const;

describe.each(READERS)('a measure page in %s', (language) => {
  it.each(['ms26-18', 'ms26-06', 'ms26-01', 'ms26-23', 'k2020-01'])('%s shows bokmål only where it is marked as bokmål', async (id) => {
    const subject = measure(id);
    renderRoute(`/tiltak/${id}`, { language });
    await screen.findByRole('heading', { level: 1, name: subject.title[language] });
    await screen.findByRole('region', { name: language === 'en' ? 'History' : 'Historikk' });
    const bokmal = bokmalTextsOf(subject, language);
    expect(bokmal.length).toBeGreaterThan(3);
    // The bokmål texts are there (the check looks at what is shown) …
    const shown = textsWithLanguage(language).map(({ text }) => text).join('\n');
    expect(bokmal.filter((text) => shown.includes(text)).length).toBeGreaterThan(3);
    // … and each is marked as bokmål.
    expect(unmarkedBokmal(language, bokmal)).toEqual([]);
  });

  it('names the responsible ministry in the reader’s language, and the dataset’s entries by the app’s name', async () => {
    renderRoute('/tiltak/ms26-18', { language });
    const facts = await screen.findByRole('region', { name: language === 'en' ? 'Facts about the measure' : 'Fakta om tiltaket' });
    const responsible = within(facts).getByText(language === 'en' ? 'Responsible' : 'Ansvarleg').nextElementSibling;
    expect(responsible).toHaveTextContent(language === 'en' ? 'Ministry of Health and Care Services' : 'Helse- og omsorgsdepartementet');
    if (language === 'en') expect(unmarkedBokmal(language, ['Helse- og omsorgsdepartementet', 'Helsedirektoratet'])).toEqual([]);
    const history = screen.getByRole('region', { name: language === 'en' ? 'History' : 'Historikk' });
    expect(history).not.toHaveTextContent(/faktagrunnlag|datasettet/i);
    expect(history).not.toHaveTextContent(/\)\s*\(/);
    expect(within(history).getAllByText('Tiltaksmonitor').length).toBeGreaterThan(0);
    // The audit trail is not translated, and the page says so.
    expect(within(history).getByText(language === 'en' ? /in the language they were written in, mostly Norwegian/ : /som oftast bokmål/)).toBeInTheDocument();
  });

  it('says what is partly confirmed with one label, the same on the badge and the note (#18)', async () => {
    renderRoute('/tiltak/ms26-18', { language });
    await screen.findByRole('heading', { level: 1 });
    const label = language === 'en' ? 'Verification' : 'Verifisering';
    const partial = language === 'en' ? 'Partly confirmed' : 'Delvis stadfesta';
    const outcome = screen.getByRole('region', { name: language === 'en' ? 'What happened' : 'Kva skjedde' });
    expect(within(outcome).getByText(label).nextElementSibling).toHaveTextContent(partial);
    const duties = screen.getByRole('region', { name: language === 'en' ? 'Duties for municipalities' : 'Plikter for kommunane' });
    expect(within(duties).getByText(label).nextElementSibling).toHaveTextContent(partial);
    expect(document.querySelector('.measure-detail__header .verification-tag')).toHaveTextContent(partial);
    expect(screen.queryByText(language === 'en' ? 'Verified' : 'Verifisert')).not.toBeInTheDocument();
  });
});

describe('the list in English', () => {
  it('names the responsible bodies in English, in the rows and in the filter', async () => {
    const { user } = renderRoute('/tiltak?plan=meld-st-26-2014-2015', { language: 'en' });
    const table = await screen.findByRole('table', { name: /Measures in/ });
    const cells = within(table).getAllByRole('cell').filter((cell) => cell.classList.contains('measure-list__cell--responsible'));
    expect(new Set(cells.map((cell) => cell.textContent))).toEqual(new Set(['Ministry of Health and Care Services', 'Norwegian Directorate of Health']));
    expect(cells.every((cell) => cell.closest('[lang="nb"]') === null)).toBe(true);
    await user.click(screen.getByText('Filters'));
    expect(await screen.findByRole('checkbox', { name: 'Ministry of Health and Care Services' })).toBeInTheDocument();
  });
});

describe('one label for how well a fact is backed', () => {
  it('is «Verifisering» on the measure page, for what happened and for the duty, as on the municipality page', async () => {
    renderRoute('/tiltak/ms26-18');
    const outcome = await screen.findByRole('region', { name: 'Hva skjedde' });
    expect(within(outcome).getByText('Verifisering').nextElementSibling).toHaveTextContent('Delvis bekreftet');
    expect(within(screen.getByRole('region', { name: 'Plikter for kommunene' })).getByText('Verifisering')).toBeInTheDocument();
    expect(screen.queryByText('Kildegrunnlag')).not.toBeInTheDocument();
  });
});

describe('nynorsk words', () => {
  it('writes toppleiarprogram and «Fristen er flytta», never the bokmål–nynorsk mix', async () => {
    renderRoute('/tiltak/ms26-06', { language: 'nn' });
    expect(await screen.findByRole('heading', { level: 1, name: /Nasjonalt toppleiarprogram/ })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Fakta om tiltaket' });
    expect(within(facts).getByText('Fristen er flytta').nextElementSibling).toHaveTextContent('Nei');
    expect(document.body).not.toHaveTextContent(/topplear|Fristen flytt\b/);
  });
});

describe.each(READERS)('the municipality page in %s', (language) => {
  it('shows bokmål only where it is marked as bokmål: legal references, sources, notes', async () => {
    renderRoute('/kommune/4601', { language });
    await screen.findByRole('heading', { level: 1, name: language === 'en' ? 'Bergen municipality' : 'Bergen kommune' });
    await screen.findAllByRole('heading', { level: 3 });
    const duties = new Map(FIXTURES.measures.flatMap((subject) => subject.obligations).map((obligation) => [obligation.id, obligation]));
    const sources = FIXTURES.measures.filter((subject) => subject.obligations.length > 0).flatMap((subject) => subject.sources.map((source) => source.title));
    const bokmal = [
      ...[...duties.values()].flatMap((duty) => [duty.legalReference, ...[duty.requires, duty.plainLanguage, duty.note].flatMap((text) => bokmalOnly(text, language))]),
      ...sources,
    ].filter((text) => text.length >= 12);
    const shown = textsWithLanguage(language).map(({ text }) => text).join('\n');
    expect(bokmal.filter((text) => shown.includes(text)).length).toBeGreaterThan(10);
    expect(unmarkedBokmal(language, bokmal)).toEqual([]);
  });
});
