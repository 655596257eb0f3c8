import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '@/domain/localized-text';
import { ExportToolbar, type ExportDownload } from '@/components/ui/export-toolbar';
import { createI18n } from '@/lib/i18n';
import { allResources } from '@/locales';
import { captureDownloads } from '../support/downloads';

type ToolbarProps = Parameters<typeof ExportToolbar>[0];

function renderToolbar(props: ToolbarProps, language: Language = 'nb') {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(language, allResources)}>
      <ExportToolbar {...props} />
    </I18nextProvider>,
  );
  return { user };
}

function csv(name: string, contents: () => string | Promise<string> = () => 'a,b\r\n'): ExportDownload {
  return { label: name.toUpperCase(), file: () => ({ name, type: 'text/csv;charset=utf-8', contents }) };
}

describe('ExportToolbar', () => {
  it('is a group named by its visible label and described by its description, the actions before the downloads', async () => {
    const print = vi.fn();
    const { user } = renderToolbar({ label: 'Sjekkliste', description: 'Én rad per plikt.', actions: [{ label: 'Skriv ut', onClick: print }], downloads: [csv('a.csv'), csv('b.csv')] });
    const group = screen.getByRole('group', { name: 'Sjekkliste' });
    expect(group).toHaveAccessibleDescription('Én rad per plikt.');
    expect(group).toHaveTextContent(/^Sjekkliste:/);
    expect(within(group).getAllByRole('button').map((button) => button.textContent)).toEqual(['Skriv ut', 'A.CSV', 'B.CSV']);
    await user.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
    expect(within(group).getByRole('status')).toHaveTextContent('');
  });

  it('takes its name from `name` where the label alone does not tell toolbars apart', () => {
    renderToolbar({ label: 'Last ned dataene', name: 'Last ned dataene bak «Planene side om side»', downloads: [csv('a.csv')] });
    const group = screen.getByRole('group', { name: 'Last ned dataene bak «Planene side om side»' });
    expect(group).not.toHaveAccessibleDescription();
    expect(within(group).getByText('Last ned dataene')).toBeVisible();
  });

  it.each([
    ['tertiary', 'tertiary'],
    [undefined, 'secondary'],
  ] as const)('draws its buttons as variant %s (%s)', (variant, drawn) => {
    renderToolbar({ label: 'Last ned', variant, actions: [{ label: 'Skriv ut', onClick: () => undefined }], downloads: [csv('a.csv')] });
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('data-variant'))).toEqual([drawn, drawn]);
  });

  it('makes the file only when its button is pressed, says so while it is made, and is inert meanwhile', async () => {
    const files = captureDownloads();
    let finish: (text: string) => void = () => undefined;
    const contents = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const file = vi.fn(() => ({ name: 'plikter.csv', type: 'text/csv;charset=utf-8', contents }));
    const { user } = renderToolbar({ label: 'Last ned', downloads: [{ label: 'CSV', file }] });
    expect(file).not.toHaveBeenCalled();
    const button = screen.getByRole('button', { name: 'CSV' });
    await user.click(button);
    expect(screen.getByRole('status')).toHaveTextContent('Lager filen …');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(file).toHaveBeenCalledOnce();
    finish('x;y\r\n');
    expect(await screen.findByText('Lastet ned plikter.csv.')).toBeInTheDocument();
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(files.map((saved) => [saved.name, saved.blob.type])).toEqual([['plikter.csv', 'text/csv;charset=utf-8']]);
    expect(await files[0]?.blob.text()).toBe('x;y\r\n');
  });

  it('says so when the file cannot be made, and can be tried again', async () => {
    const files = captureDownloads();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    const { user } = renderToolbar({
      label: 'Last ned',
      downloads: [
        csv('tiltak.csv', () => {
          if (fail) throw new Error('no papaparse');
          return 'ok';
        }),
      ],
    });
    await user.click(screen.getByRole('button', { name: 'TILTAK.CSV' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Kunne ikke lage filen. Prøv igjen.');
    expect(error).toHaveBeenCalledOnce();
    expect(files).toEqual([]);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'TILTAK.CSV' }));
    expect(await screen.findByText('Lastet ned tiltak.csv.')).toBeInTheDocument();
    expect(files.map((saved) => saved.name)).toEqual(['tiltak.csv']);
  });

  it('ends with the dictionary’s file, in the delimiter of the CSV last saved from it (a comma before any)', async () => {
    const files = captureDownloads();
    const dictionary = vi.fn((delimiter: ',' | ';') => ({ name: 'kolonner.csv', type: 'text/csv;charset=utf-8', contents: () => `column${delimiter}meaning\r\n` }));
    const data = (name: string, delimiter?: ',' | ';'): ExportDownload => ({ label: name, file: () => ({ name, type: 'text/csv;charset=utf-8', contents: () => 'x\r\n', delimiter }) });
    const { user } = renderToolbar({ label: 'Last ned', downloads: [data('komma.csv', ','), data('semikolon.csv', ';'), data('data.json')], dictionary });
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['komma.csv', 'semikolon.csv', 'data.json', 'Kolonnebeskrivelse (CSV)']);
    const save = async (button: string) => {
      const saved = files.length;
      await user.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect(files).toHaveLength(saved + 1));
    };
    await save('Kolonnebeskrivelse (CSV)');
    await save('semikolon.csv');
    await save('data.json');
    await save('Kolonnebeskrivelse (CSV)');
    await save('komma.csv');
    await save('Kolonnebeskrivelse (CSV)');
    expect(dictionary.mock.calls).toEqual([[','], [';'], [',']]);
    expect(await files[3]?.blob.text()).toBe('column;meaning\r\n');
  });

  it.each([
    ['nb', 'Lastet ned a.csv.'],
    ['nn', 'Lasta ned a.csv.'],
    ['en', 'Downloaded a.csv.'],
  ] as const)('in %s: %s', async (language, done) => {
    captureDownloads();
    const { user } = renderToolbar({ label: 'Export', downloads: [csv('a.csv')] }, language);
    await user.click(screen.getByRole('button', { name: 'A.CSV' }));
    expect(await screen.findByRole('status')).toHaveTextContent(done);
  });
});
