import { lazy, useState, type ComponentType } from 'react';

export interface LazyPage {
  Page: ComponentType;
  /** Loads the page's code; once it is there, the page renders at once instead of suspending. */
  preload: () => Promise<void>;
}

/**
 * A page whose code loads on demand. The first page of a visit is preloaded by src/main.tsx before the
 * first render, so that render shows the page itself (as the prerendered frame does), not a spinner;
 * later pages load when they are visited, behind the layout's Suspense.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const get = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download (a new release, a dropped connection) may succeed next time.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => get().then((component) => ({ default: component })));
  function Page() {
    // Decided once per mount: switching between the two would remount the page.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready /> : <Lazy />;
  }
  return { Page, preload: () => get().then(() => undefined) };
}
