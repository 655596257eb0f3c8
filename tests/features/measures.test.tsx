import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { FIXTURES } from '@mocks/fixtures';
import { renderRoute } from '../render';

describe('/tiltak', () => {
  it('lists every measure of the plan with area, status, deadline in the plan’s words, and a link', async () => {
    renderRoute('/tiltak');
    const table = await screen.findByRole('table', { name: /Tiltak i Meld\. St\. 26 \(2014–2015\)/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(28);
    expect(screen.getByText('28 tiltak')).toBeInTheDocument();

    const row18 = rows[17];
    if (!row18) throw new Error('row 18 missing');
    expect(within(row18).getByRole('link', { name: /betalingsplikt for utskrivningsklare/ })).toHaveAttribute('href', '/tiltak/ms26-18');
    expect(within(row18).getByText('tidligst fra 2017')).toBeInTheDocument();
    expect(within(row18).getByText('Fullført')).toBeInTheDocument();
    expect(within(row18).getByText('Psykisk helse og rus')).toBeInTheDocument();

    for (const measure of FIXTURES.measures) {
      expect(within(table).getByRole('link', { name: measure.title.nb })).toBeInTheDocument();
    }
    expect(within(table).getAllByText('Ingen frist oppgitt')).toHaveLength(21);
  });

  it('marks an overdue measure', async () => {
    // Move the guideline (#13, "2015") back to in progress: it is then three years late in 2018.
    server.use(
      http.get('/api/measures', async ({ request }) => {
        const { measurePageSchema } = await import('@/domain/api-contract');
        const { toMeasureSummary } = await import('@/domain/measure-summary');
        const guideline = FIXTURES.measures.find((m) => m.number === 13);
        if (!guideline) throw new Error('fixture #13 missing');
        expect(new URL(request.url).searchParams.get('pageSize')).toBe('1000');
        return HttpResponse.json(
          measurePageSchema.parse({ items: [toMeasureSummary({ ...guideline, status: 'in_progress' })], total: 1, page: 1, pageSize: 1000, today: '2018-06-01' }),
        );
      }),
    );
    renderRoute('/tiltak');
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Forsinket', { selector: '.overdue-tag' })).toBeInTheDocument();
  });

  it('shows an error with a retry button when the API answers 500, and recovers on retry', async () => {
    let calls = 0;
    server.use(
      http.get('/api/measures', () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 }) : undefined;
      }),
    );
    const { user } = renderRoute('/tiltak');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noe gikk galt');
    expect(alert).toHaveTextContent('feilkode 500');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the empty state when there are no measures', async () => {
    server.use(http.get('/api/measures', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 1000, today: '2026-11-23' })));
    renderRoute('/tiltak');
    expect(await screen.findByText('Ingen tiltak å vise.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('/tiltak/:id', () => {
  it('shows description, deadline, status with date, sources and the history', async () => {
    renderRoute('/tiltak/ms26-13');
    expect(await screen.findByRole('heading', { level: 1, name: /Nasjonal faglig retningslinje for helsestasjon/ })).toBeInTheDocument();
    expect(screen.getByText('Tiltak 13 i Meld. St. 26 (2014–2015)')).toBeInTheDocument();
    expect(screen.getByText('Ny retningslinje som erstatter IS-1154.')).toBeInTheDocument();
    expect(screen.getByText('Fullført, siden 13. september 2017')).toBeInTheDocument();

    const sources = screen.getByRole('region', { name: 'Kilder' });
    const link = within(sources).getByRole('link', { name: /Nasjonal faglig retningslinje for helsestasjons- og skolehelsetjenesten/ });
    expect(link).toHaveAttribute('href', 'https://helsedirektoratet.no/retningslinjer/helsestasjons-og-skolehelsetjenesten/metode-og-prosess');

    const history = screen.getByRole('region', { name: 'Historikk' });
    const entries = within(history).getAllByRole('listitem');
    expect(entries).toHaveLength(4);
    expect(entries[0]).toHaveTextContent('Tiltaket står i planen (status: Planlagt)');
    expect(entries[0]).toHaveTextContent('7. mai 2015');
    expect(entries[1]).toHaveTextContent('Status endret fra Planlagt til Pågår');
    expect(entries[1]).toHaveTextContent('9. februar 2017');
    expect(entries[3]).toHaveTextContent('Status endret fra Pågår til Fullført');
    expect(entries[3]).toHaveTextContent('senere enn planlagt');
  });

  it('shows the municipal duty with its legal basis and in-force date', async () => {
    renderRoute('/tiltak/ms26-17');
    const duties = await screen.findByRole('region', { name: 'Plikter for kommunene' });
    expect(within(duties).getByText(/helse- og omsorgstjenesteloven § 3-5 tredje ledd/)).toBeInTheDocument();
    expect(within(duties).getByText('1. januar 2017')).toBeInTheDocument();
  });

  it('says which facts are not verified', async () => {
    renderRoute('/tiltak/ms26-22');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByText('Ikke verifisert').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText(/statusen står som planlagt fordi ingen kilde viser/)).toBeInTheDocument();
  });

  it('says that an unknown id does not exist', async () => {
    renderRoute('/tiltak/ms26-99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke tiltaket' })).toBeInTheDocument();
    expect(screen.getByText(/ms26-99/)).toBeInTheDocument();
  });

  it('shows an error with a retry button when the API answers 500', async () => {
    server.use(http.get('/api/measures/:id', () => HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 })));
    renderRoute('/tiltak/ms26-01');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  });

  it('shows English titles and says where a text is only in bokmål', async () => {
    renderRoute('/tiltak/ms26-19', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Present a new escalation plan for the substance use field in 2015' })).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'History' });
    // The audit trail stays in the language it was written in, marked as such.
    expect(within(history).getByText(/^Prop\. 15 S .* lagt fram i november 2015\.$/)).toHaveAttribute('lang', 'nb');
  });
});
