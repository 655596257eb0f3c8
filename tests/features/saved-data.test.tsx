import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db, MockDb } from '@mocks/db';
import { DATASET_VERSION } from '@mocks/fixtures/version';
import type { Measure } from '@/domain/measure';
import { applyChange, type MeasureChange } from '@/domain/measure-change';
import { call } from '../mocks/api-helpers';
import { renderRoute } from '../render';
import { captureDownloads } from '../support/downloads';
import { fakePersistence, SharedStorage } from '../support/fake-persistence';

/** What happens to people's work when the browser's storage is full, when the dataset is upgraded, and across tabs. */

const day = (date: string) => ({ date, precision: 'day' as const });

function statusTag() {
  return screen.getAllByText(/^(Planlagt|Pågår|I fare|Fullført|Avlyst|Erstattet)$/, { selector: '.status-tag' })[0];
}

async function useStorage(storage: SharedStorage) {
  db.usePersistence(fakePersistence(storage));
  await db.ready();
}

async function openStatusForm(path = '/tiltak/ms26-28', language: 'nb' | 'en' = 'nb') {
  const rendered = renderRoute(path, { signedInAs: 'kari', language });
  await rendered.user.click(await screen.findByRole('button', { name: language === 'nb' ? 'Endre status' : 'Change status' }));
  return { ...rendered, form: screen.getByRole('form', { name: language === 'nb' ? 'Endre status' : 'Change status' }) };
}

describe('when the browser has no more room', () => {
  it('says the change was not saved, keeps the draft and the old version, and saves it once there is room', async () => {
    const storage = new SharedStorage();
    await useStorage(storage);
    storage.full = true;
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Budsjettet er usikkert');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Endringen ble ikke lagret: nettleseren har ikke mer plass.');
    expect(within(form).getByText('Det du skrev, er tatt vare på som utkast i denne fanen.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Begrunnelse/ })).toHaveValue('Budsjettet er usikkert');
    expect(JSON.parse(window.sessionStorage.getItem('tiltaksmonitor:draft:ms26-28:status') ?? '{}')).toMatchObject({ baseVersion: 1, values: { to: 'at_risk', reason: 'Budsjettet er usikkert' } });
    // The page and the API show the version before the change.
    await waitFor(() => expect(statusTag()).toHaveTextContent('Pågår'));
    expect((await call('GET', '/api/measures/ms26-28')).body).toMatchObject({ status: 'in_progress', version: 1 });

    storage.full = false;
    await user.click(within(form).getByRole('button', { name: 'Prøv å lagre igjen' }));
    expect(await screen.findByText('Endringen er lagret.')).toBeInTheDocument();
    expect(statusTag()).toHaveTextContent('I fare');
    expect((await call('GET', '/api/measures/ms26-28')).body).toMatchObject({ status: 'at_risk', version: 2 });
  });

  it('says so in English too', async () => {
    const storage = new SharedStorage();
    await useStorage(storage);
    storage.full = true;
    const { user, form } = await openStatusForm('/tiltak/ms26-28', 'en');
    await user.selectOptions(within(form).getByRole('combobox', { name: /New status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Reason/ }), 'Uncertain budget');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The change was not saved: the browser has no more room.');
  });
});

describe('a change saved in another tab of the browser', () => {
  it('is a conflict for this tab, shown beside mine, as another editor’s would be', async () => {
    const storage = new SharedStorage();
    await useStorage(storage);
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Min vurdering');

    // The other tab, with a store of its own over the same storage, adds a note.
    const otherTab = new MockDb();
    otherTab.usePersistence(fakePersistence(storage));
    await otherTab.ready();
    const measure = otherTab.measure('ms26-28') as Measure;
    otherTab.saveMeasureNow(applyChange(measure, { type: 'note', text: 'Fra den andre fanen', effective: day('2026-11-22'), language: 'nb' }, { name: 'Kari Nordmann (demo)' }, '2026-11-23T09:00:00+01:00'), 1);

    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    const conflict = (await screen.findByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' })).closest('[role="alert"]');
    expect(conflict).toHaveTextContent('Merknad: Fra den andre fanen');
    expect(otherTab.measure('ms26-28')).toMatchObject({ version: 2, status: 'in_progress' });
  });
});

describe('after an upgrade of the dataset', () => {
  /** A browser's copy of an older dataset version with two changes of the user: one that fits, one on a measure now gone. */
  function olderCopy() {
    const measures = db.allMeasures();
    const change = (measure: Measure, body: MeasureChange, recordedAt: string) => applyChange(measure, body, { name: 'Kari Nordmann (demo)' }, recordedAt);
    const fixed = change(measures.find((measure) => measure.id === 'ms26-28') as Measure, { type: 'note', text: 'Avklart med Helfo', effective: day('2026-11-20'), language: 'nb' }, '2026-11-20T09:00:00+01:00');
    const gone = change({ ...fixed, id: 'ms26-99', number: 99, title: { nb: 'Et tiltak som er tatt ut' }, history: fixed.history.slice(0, -1) }, { type: 'note', text: 'Om et tiltak som går ut', effective: day('2026-11-21'), language: 'nb' }, '2026-11-21T09:00:00+01:00');
    return { version: '2026-06-01.1', measures: [...measures.filter((measure) => measure.id !== 'ms26-28'), fixed, gone] };
  }

  it('says how many changes were carried over, lists those set aside, downloads them, and then lets the notice go', async () => {
    const files = captureDownloads();
    const storage = new SharedStorage();
    storage.set(olderCopy());
    await useStorage(storage);
    const { user } = renderRoute('/tiltak/ms26-28');

    const notice = (await screen.findByRole('heading', { name: 'Datasettet er oppdatert', level: 2 })).closest('.upgrade-notice') as HTMLElement;
    expect(notice).toHaveTextContent('1 endring du har gjort er tatt med over i den nye versjonen av datasettet.');
    expect(notice).toHaveTextContent('1 endring kunne ikke tas med, fordi den ikke lenger passer med datasettet.');
    expect(within(notice).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Et tiltak som er tatt ut: merknad (tiltaket finnes ikke i den nye versjonen)']);
    // The change carried over is on the measure's page.
    expect(within(await screen.findByRole('region', { name: 'Historikk' })).getByText('Avklart med Helfo', { exact: false })).toBeInTheDocument();

    // It can be dismissed only once what was set aside is downloaded.
    expect(within(notice).queryByRole('button', { name: 'Lukk meldingen' })).not.toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'Last ned endringene (JSON)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]?.name).toBe('tiltaksmonitor-endringer-satt-til-side-2026-11-23.json');
    const file = JSON.parse(await (files[0] as { blob: Blob }).blob.text()) as unknown;
    expect(file).toEqual({
      kind: 'tiltaksmonitor/set-aside-changes',
      datasetVersion: { from: '2026-06-01.1', to: DATASET_VERSION },
      changes: [
        {
          measure: { id: 'ms26-99', number: 99, title: { nb: 'Et tiltak som er tatt ut' } },
          entry: expect.objectContaining({ type: 'note', text: 'Om et tiltak som går ut', by: { kind: 'user', name: 'Kari Nordmann (demo)' } }) as unknown,
          reasons: ['measure_gone'],
        },
      ],
    });
    expect(within(notice).getByRole('status')).toHaveTextContent('Lastet ned tiltaksmonitor-endringer-satt-til-side-2026-11-23.json.');

    await user.click(within(notice).getByRole('button', { name: 'Lukk meldingen' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Datasettet er oppdatert' })).not.toBeInTheDocument());
    expect((await call('GET', '/api/upgrade-notice')).body).toEqual({ notice: null });
  });

  it.each([
    ['nn', 'Datasettet er oppdatert', '1 endring du har gjort er teken med over i den nye versjonen av datasettet.', 'Lukk meldinga'],
    ['en', 'The dataset has been updated', '1 change you made has been carried over to the new version of the dataset.', 'Close this message'],
  ] as const)('tells in %s when every change was carried over, and closes at once', async (language, title, carried, close) => {
    const storage = new SharedStorage();
    const older = olderCopy();
    storage.set({ ...older, measures: older.measures.filter((measure) => measure.id !== 'ms26-99') });
    await useStorage(storage);
    const { user } = renderRoute('/', { language });
    const notice = (await screen.findByRole('heading', { name: title })).closest('.upgrade-notice') as HTMLElement;
    expect(notice).toHaveTextContent(carried);
    expect(within(notice).queryByRole('list')).not.toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: close }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: title })).not.toBeInTheDocument());
  });

  it('shows nothing when there was nothing to carry over', async () => {
    renderRoute('/tiltak/ms26-28');
    await screen.findByRole('heading', { level: 1, name: /Endre vilkår for fastlønnstilskudd/ });
    expect((await call('GET', '/api/upgrade-notice')).body).toEqual({ notice: null });
    expect(screen.queryByRole('heading', { name: 'Datasettet er oppdatert' })).not.toBeInTheDocument();
  });
});
