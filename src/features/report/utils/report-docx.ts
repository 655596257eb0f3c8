import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { textIn } from '@/domain/localized-text';
import type { Source } from '@/domain/source';
import { formatDatePoint } from '@/lib/format';
import type { ReportChange, ReportEntry, ReportModel } from './report-model';
import { REPORT_STATUS_ORDER } from './report-model';
import * as text from './report-text';
import type { ReportWords } from './report-text';

/**
 * The status report as a Word document (.docx), made with the `docx` library, which this module brings along: it
 * is loaded only when the reader asks for the file. Real headings (Heading 1–4), tables with header rows and
 * bulleted lists, so that the text can be pasted into a ministry's own template and keep its structure; the same
 * sentences as the page (report-text.ts). A4, with the running header and "Side 1 av 7" in the footer.
 */

export interface DocxContext {
  /** Where the data came from (the API's address). */
  api: string;
  /** The report's address. */
  address: string;
}

const LIST = { level: 0 } as const;

/** A run in bold. (The options are typed first: a literal given straight to TextRun, which also takes a string, reads `bold` as String.prototype.bold.) */
function strong(text: string, extra: Omit<IRunOptions, 'text' | 'bold'> = {}): TextRun {
  const options: IRunOptions = { ...extra, text, bold: true };
  return new TextRun(options);
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ text, heading: level, keepNext: true, keepLines: true, ...options });
}

function paragraph(children: ParagraphChild[] | string, options: { keepNext?: boolean; bullet?: typeof LIST } = {}): Paragraph {
  return new Paragraph({ children: typeof children === 'string' ? [new TextRun(children)] : children, keepLines: true, ...options });
}

/** "Label: value" with the label in bold. */
function labelled(label: string, value: ParagraphChild[] | string, options: { keepNext?: boolean; bullet?: typeof LIST } = {}): Paragraph {
  return paragraph([strong(`${label}: `), ...(typeof value === 'string' ? [new TextRun(value)] : value)], options);
}

function sourceRun(source: Source): ParagraphChild {
  if (source.url === null) return new TextRun(source.title);
  return new ExternalHyperlink({ link: source.url, children: [new TextRun({ text: source.title, style: 'Hyperlink' })] });
}

function cell(text: string, options: { header?: boolean; numeric?: boolean } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [options.header ? strong(text) : new TextRun(text)], alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT })],
  });
}

/** A table with a header row that repeats on every page, its first column the rows' headers. */
function table(head: readonly string[], rows: readonly (readonly string[])[], numericFrom = 1): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((text, index) => cell(text, { header: true, numeric: index >= numericFrom })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, { numeric: index >= numericFrom })) })),
    ],
  });
}

function changeItem(words: ReportWords, change: ReportChange): Paragraph {
  const { t, language } = words;
  const { entry } = change;
  const source = text.changeSource(change);
  const runs: ParagraphChild[] = [strong(`${formatDatePoint(entry.effective, language)}: ${text.changeHeadline(words, change)}.`)];
  if (entry.type === 'note') runs.push(new TextRun({ text: `${t('change.text')}: ${entry.text}`, break: 1 }));
  if (entry.reason !== undefined) runs.push(new TextRun({ text: `${t('change.reason')}: ${entry.reason}`, break: 1 }));
  runs.push(new TextRun({ text: `${text.recordedLine(words, change)}. ${t('change.sourceLabel')}: `, break: 1 }));
  runs.push(source === null ? new TextRun(t('change.noSource')) : sourceRun(source));
  return paragraph(runs, { bullet: LIST });
}

function entryBlock(words: ReportWords, model: ReportModel, entry: ReportEntry): (Paragraph | Table)[] {
  const { t } = words;
  const blocks: (Paragraph | Table)[] = [
    heading(`${text.entryLabel(words, model, entry)}: ${text.titleOf(words, entry).value}`, HeadingLevel.HEADING_4),
    labelled(t('entry.statusOn', { date: text.date(words, model.asOf) }), text.stateWords(words, entry.now), { keepNext: true }),
    labelled(t('entry.statusOn', { date: text.date(words, model.compareTo) }), text.stateWords(words, entry.before), { keepNext: true }),
    labelled(t('entry.deadline'), text.deadlineWords(words, entry.measure.deadline), { keepNext: true }),
    labelled(t('entry.verified'), t(`common:verification.${entry.measure.verified}`), { keepNext: true }),
  ];
  if (entry.changes.length === 0) blocks.push(paragraph(t('entry.noChanges')));
  else {
    blocks.push(paragraph([strong(t('entry.changes'))], { keepNext: true }));
    blocks.push(...entry.changes.map((change) => changeItem(words, change)));
  }
  return blocks;
}

/** The document's blocks, in the page's order. */
export function reportBlocks(words: ReportWords, model: ReportModel, context: DocxContext): (Paragraph | Table)[] {
  const { t } = words;
  const blocks: (Paragraph | Table)[] = [
    heading(t('title'), HeadingLevel.HEADING_1),
    paragraph([strong(text.planLabel(words, model), { size: 28 })]),
    paragraph(text.datesLine(words, model)),
    ...text.coverLines(words, model, context.api).map((line) => labelled(line.label, line.value)),
    labelled(t('cover.address'), [new ExternalHyperlink({ link: context.address, children: [new TextRun({ text: context.address, style: 'Hyperlink' })] })]),
  ];
  if (model.synthetic) blocks.push(paragraph([strong(t('cover.synthetic'))]));

  // Summary: the sentences, the key figures on both dates, the target years, progress by area.
  blocks.push(heading(t('summary.title'), HeadingLevel.HEADING_2, { pageBreakBefore: true }));
  blocks.push(paragraph(text.summarySentences(words, model).join(' ')));
  blocks.push(paragraph([strong(t('summary.figuresCaption', { compareTo: text.date(words, model.compareTo), asOf: text.date(words, model.asOf) }))], { keepNext: true }));
  blocks.push(
    table(
      [t('summary.figure'), text.date(words, model.compareTo), text.date(words, model.asOf), t('summary.change')],
      model.figures.map((row) => [text.figureName(words, row.key), text.number(words, row.before), text.number(words, row.after), text.signed(words, row.change)]),
    ),
  );
  blocks.push(paragraph(text.targetsSentence(words, model)));
  blocks.push(heading(t('progress.title'), HeadingLevel.HEADING_3));
  blocks.push(paragraph(t('progress.summary', { asOf: text.date(words, model.asOf), compareTo: text.date(words, model.compareTo) }), { keepNext: true }));
  blocks.push(
    table(
      [t('progress.area'), ...REPORT_STATUS_ORDER.map((status) => text.statusName(words, status)), t('progress.total'), t('progress.share'), t('progress.completedBefore', { compareTo: text.date(words, model.compareTo) })],
      model.progress.map((row) => [
        text.areaName(words, row),
        ...REPORT_STATUS_ORDER.map((status) => text.number(words, row.counts[status])),
        text.number(words, row.total),
        text.share(words, row.completedShare),
        text.number(words, row.completedBefore),
      ]),
    ),
  );

  // Every measure, by area.
  blocks.push(heading(t('areas.title'), HeadingLevel.HEADING_2, { pageBreakBefore: true }));
  blocks.push(paragraph(t('areas.intro')));
  for (const area of model.areas) {
    blocks.push(heading(text.areaName(words, area), HeadingLevel.HEADING_3));
    blocks.push(paragraph(t('areas.count', { count: area.entries.length, moved: text.number(words, area.moved) })));
    for (const entry of area.entries) blocks.push(...entryBlock(words, model, entry));
  }

  // Deadlines due, uncertain facts, the method.
  const window = { asOf: text.date(words, model.asOf), until: text.date(words, text.dueUntil(model)) };
  blocks.push(heading(t('due.title'), HeadingLevel.HEADING_2, { pageBreakBefore: true }));
  if (model.dueSoon.length === 0) blocks.push(paragraph(t('due.none', window)));
  else {
    blocks.push(paragraph(t('due.intro', window), { keepNext: true }));
    for (const entry of model.dueSoon) {
      blocks.push(paragraph(`${text.entryLabel(words, model, entry)}: ${text.titleOf(words, entry).value} (${t('entry.deadline').toLowerCase()}: ${text.deadlineWords(words, entry.measure.deadline)})`, { bullet: LIST }));
    }
  }
  blocks.push(heading(t('uncertain.title'), HeadingLevel.HEADING_2));
  if (model.uncertain.length === 0) blocks.push(paragraph(t('uncertain.none')));
  else {
    blocks.push(paragraph(t('uncertain.intro'), { keepNext: true }));
    for (const fact of model.uncertain) {
      const runs: ParagraphChild[] = [strong(`${text.entryLabel(words, model, fact.entry)}: ${text.titleOf(words, fact.entry).value}`)];
      runs.push(new TextRun({ text: `${t('entry.verified')}: ${t(`common:verification.${fact.verified}`)}.`, break: 1 }));
      if (fact.verified !== 'verified') {
        const notes = fact.notes.map((note) => textIn(note, words.language));
        runs.push(new TextRun({ text: `${t('uncertain.unknown')}: ${notes.length === 0 ? t('uncertain.noNote') : notes.join(' ')}`, break: 1 }));
      }
      for (const day of fact.uncertainOn) runs.push(new TextRun({ text: t('uncertain.dateOn', { date: text.date(words, day) }), break: 1 }));
      blocks.push(paragraph(runs, { bullet: LIST }));
    }
  }
  blocks.push(heading(t('method.title'), HeadingLevel.HEADING_2));
  blocks.push(...text.methodItems(words).map((item) => paragraph(item, { bullet: LIST })));
  return blocks;
}

/** The .docx file itself. */
export async function reportDocx(words: ReportWords, model: ReportModel, context: DocxContext): Promise<Blob> {
  return Packer.toBlob(reportWordDocument(words, model, context));
}

/** The Document (for tests that read it in Node: `Packer.toBuffer`). */
export function reportWordDocument(words: ReportWords, model: ReportModel, context: DocxContext): Document {
  const { t } = words;
  return new Document({
    creator: 'Tiltaksmonitor',
    title: `${t('title')}: ${text.planLabel(words, model)}`,
    description: text.datesLine(words, model),
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: text.runningHeader(words, model), size: 18 })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [`${t('page')} `, PageNumber.CURRENT, ` ${t('pageOf')} `, PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children: reportBlocks(words, model, context),
      },
    ],
  });
}
