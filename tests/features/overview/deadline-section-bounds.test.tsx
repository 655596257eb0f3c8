import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { yearPoint, type DatePoint } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';
import { toMeasureSummary } from '@/domain/measure-summary';
import { DeadlineSection } from '@/features/overview/components/deadline-section';
import { createI18n } from '@/lib/i18n';
import { allResources } from '@/locales';
import { makeMeasure } from '../../support/measure-factory';

function withDeadline(point: DatePoint) {
  const deadline = { kind: 'by' as const, point, stated: { nb: 'innen' } };
  return toMeasureSummary(makeMeasure({ status: 'planned', deadline, originalDeadline: deadline }));
}

function renderSection(points: DatePoint[], language: Language) {
  render(
    <I18nextProvider i18n={createI18n(language, allResources)}>
      <MemoryRouter>
        <DeadlineSection measures={points.map(withDeadline)} today="2026-11-23" scope={{ plan: null, asOf: null }} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

const Y9999 = { date: '9999-01-01', precision: 'year' } as const;
const Y0000 = { date: '0000-01-01', precision: 'year' } as const;

describe('the deadline section with years outside 1990–2100', () => {
  it.each<[Language, DatePoint[], RegExp]>([
    ['nb', [yearPoint(2020), Y9999], /Det ene tiltaket med et målår utenfor 1990–2100 er ikke med i diagrammet\./],
    ['nn', [yearPoint(2020), Y9999, Y0000], /Dei 2 tiltaka med eit målår utanfor 1990–2100 er ikkje med i diagrammet\./],
    ['en', [Y0000], /The one measure with a target year outside 1990–2100 is not in the chart\./],
  ])('says so in %s', (language, points, text) => {
    renderSection(points, language);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('spans only the years it can place', () => {
    renderSection([yearPoint(2020), yearPoint(2022), Y9999], 'nb');
    expect(screen.getByText(/fra 2020 til 2022 \(/)).toBeInTheDocument();
  });
});
