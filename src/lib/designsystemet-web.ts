/**
 * The core of @digdir/designsystemet-web (the web-component helpers behind Designsystemet's React
 * components). The React package imports the whole package, which would put the combobox, tabs,
 * dialog polyfills and floating-ui (about 30 kB gzip) on every first visit; vite.config.ts points that
 * import here instead.
 *
 * Here: field (label, description and validation wiring), fieldset, clickdelegatefor (checkbox and
 * radio in a field) and readonly: what any form needs.
 *
 * Everything else is imported next to the component that needs it, so that it loads with that page:
 *   ErrorSummary → '@digdir/designsystemet-web/ds-error-summary'
 *   Dialog → '@digdir/designsystemet-web/dialog' and '@digdir/designsystemet-web/invokers'
 *   Details → '@digdir/designsystemet-web/details'
 *   ToggleGroup → '@digdir/designsystemet-web/toggle-group' and '@digdir/designsystemet-web/focusgroup'
 *   Suggestion, Tabs, Pagination, Breadcrumbs, Popover, Dropdown, Tooltip → their parts (ds-suggestion, ds-tabs …)
 * A component whose part is missing loses its keyboard and ARIA wiring, so check this list when you use one.
 */
import '@digdir/designsystemet-web/ds-field';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/clickdelegatefor';
import '@digdir/designsystemet-web/readonly';

/**
 * Designsystemet's usePagination hook imports this helper. Pagination is not used in the app, so the
 * helper is left out; using the hook fails loudly instead of silently working differently.
 */
export function pagination(): never {
  throw new Error('Pagination is not enabled: add @digdir/designsystemet-web/ds-pagination in src/lib/designsystemet-web.ts');
}
