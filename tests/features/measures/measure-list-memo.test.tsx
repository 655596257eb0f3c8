import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { toMeasureSummary } from '@/domain/measure-summary';
import { MeasureList } from '@/features/measures/components/measure-list';
import { createI18n } from '@/lib/i18n';
import { allResources } from '@/locales';
import { TEST_TODAY } from '../../test-date';

// Counts how often a row works out its slippage: once per row that renders.
const calls = vi.hoisted(() => ({ slippage: 0 }));
vi.mock('@/domain/slippage', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/domain/slippage')>();
  return { ...actual, slippage: (...args: Parameters<typeof actual.slippage>) => ((calls.slippage += 1), actual.slippage(...args)) };
});

const measures = FIXTURES.measures.slice(0, 20).map((measure) => toMeasureSummary(measure));
const areas = new Map(FIXTURES.areas.map((area) => [area.id, area]));
const plans = new Map(FIXTURES.plans.map((plan) => [plan.id, plan]));
const linkState = { listSearch: '' };
const onSort = () => undefined;

/** A parent that renders the list again with the same props, as the virtualizer does on every scroll frame. */
function Parent() {
  const [count, setCount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setCount((previous) => previous + 1)}>
        Render again ({count})
      </button>
      <MeasureList measures={measures} labelledBy="x" sort="number" order="asc" onSort={onSort} today={TEST_TODAY} areas={areas} plans={plans} linkState={linkState} />
    </>
  );
}

describe('the measure list’s rows', () => {
  it('do not render again when the list renders again with the same measures (scrolling)', async () => {
    render(
      <I18nextProvider i18n={createI18n('nb', allResources)}>
        <MemoryRouter>
          <Parent />
        </MemoryRouter>
      </I18nextProvider>,
    );
    expect(await screen.findAllByRole('row')).toHaveLength(measures.length + 1);
    const afterFirstRender = calls.slippage;
    expect(afterFirstRender).toBeGreaterThanOrEqual(measures.length);
    for (let time = 1; time <= 3; time += 1) {
      fireEvent.click(screen.getByRole('button', { name: /Render again/ }));
      await screen.findByRole('button', { name: `Render again (${time})` });
    }
    expect(calls.slippage).toBe(afterFirstRender);
  });
});
