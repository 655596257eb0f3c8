// @vitest-environment jsdom
// (DOMParser reads the snippet back as a browser would.)
import { describe, expect, it } from 'vitest';
import { EMBED_CHARTS, embedChartOf, embedLanguage, embedPath, embedSnippet } from '@/domain/embed';

describe('embeds', () => {
  it('know the three charts by stable names, and nothing else', () => {
    expect(EMBED_CHARTS).toEqual(['omraader', 'frister', 'fullfort-over-tid']);
    expect(embedChartOf('frister')).toBe('frister');
    for (const name of ['Frister', 'kake', '', undefined, 'constructor', '__proto__']) expect(embedChartOf(name)).toBeNull();
  });

  it('take their language from the address: nb when it gives none, a problem when it gives another or two', () => {
    expect(embedLanguage(new URLSearchParams(''))).toEqual({ language: 'nb', problem: false });
    expect(embedLanguage(new URLSearchParams('lang=nn'))).toEqual({ language: 'nn', problem: false });
    expect(embedLanguage(new URLSearchParams('lang=de'))).toEqual({ language: 'nb', problem: true });
    expect(embedLanguage(new URLSearchParams('lang=en&lang=nn'))).toEqual({ language: 'en', problem: true });
    expect(embedLanguage(new URLSearchParams('lang=EN'))).toEqual({ language: 'nb', problem: true });
  });

  it('have one address for a view, and a snippet that quotes it safely', () => {
    expect(embedPath({ chart: 'omraader', plan: null, asOf: null, language: 'nb' })).toBe('/embed/omraader?lang=nb');
    expect(embedPath({ chart: 'frister', plan: 'meld-st-26-2014-2015', asOf: '2020-12-31', language: 'en' })).toBe('/embed/frister?plan=meld-st-26-2014-2015&asOf=2020-12-31&lang=en');
    const snippet = embedSnippet('https://tiltak.example', { chart: 'frister', plan: 'a"b', asOf: null, language: 'nn' }, 'Fristar «per» målår & <meir>');
    expect(snippet).toBe(
      '<iframe src="https://tiltak.example/embed/frister?plan=a%22b&amp;lang=nn" title="Fristar «per» målår &amp; &lt;meir&gt;" width="100%" height="1050" style="border:0" loading="lazy"></iframe>',
    );
    const frame = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://tiltak.example/embed/frister?plan=a%22b&lang=nn');
    expect(frame?.title).toBe('Fristar «per» målår & <meir>');
  });
});
