import { describe, expect, it } from 'vitest';
import { PAGE_ROUTES, pageRouteFor, patternSource } from '@/app/page-routes';

describe('pageRouteFor', () => {
  it.each([
    ['/', 'overview'],
    ['/tiltak', 'measures'],
    ['/tiltak/', 'measures'],
    ['/tiltak/ms26-13', 'measure'],
    ['/tiltak/ms26-13/', 'measure'],
    ['/tiltak/ms26-13/mer', 'not-found'],
    ['/kommune', 'municipality-picker'],
    ['/kommune/4601', 'municipality-duties'],
    ['/kommune/abc', 'municipality-duties'],
    ['/analyse', 'analysis'],
    ['/analysen', 'not-found'],
    ['/endringer', 'changes'],
    ['/endringer/', 'changes'],
    ['/rapport', 'report'],
    ['/data', 'data'],
    ['/data/measures.csv', 'not-found'],
    ['/planer/ny', 'plan-import'],
    ['/planer/ny/', 'plan-import'],
    ['/planer/meld-st-26-2014-2015/rediger', 'plan-edit'],
    ['/planer/meld-st-26-2014-2015/rediger/', 'plan-edit'],
    ['/planer/meld-st-26-2014-2015', 'not-found'],
    ['/planer', 'not-found'],
    ['/finnes-ikke', 'not-found'],
    ['//tiltak', 'not-found'],
  ])('%s shows the %s page', (pathname, name) => {
    expect(pageRouteFor(pathname).name).toBe(name);
  });
});

describe('patternSource', () => {
  it.each([
    ['/', '^/$'],
    ['/tiltak', '^/tiltak/?$'],
    ['/tiltak/:id', '^/tiltak/[^/]+/?$'],
    ['*', '^/.*$'],
  ])('%s becomes %s', (path, source) => {
    expect(patternSource(path)).toBe(source);
  });

  it('matches each page’s frame address to its own page, so that a frame is never hidden as another page’s', () => {
    for (const route of PAGE_ROUTES) expect(pageRouteFor(route.framePath).name).toBe(route.name);
  });
});
