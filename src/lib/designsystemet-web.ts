/**
 * The parts of @digdir/designsystemet-web (the web-component helpers behind Designsystemet's React
 * components) that the components we use need. The React package imports the whole package, which
 * brings in the combobox, tabs and floating-ui code (about 25 KB gzip) on a first visit; vite.config.ts
 * points that import here instead.
 *
 * Included: field (label, description and validation wiring), fieldset, clickdelegatefor (checkbox and
 * radio in a field), readonly, details, dialog and invokers (dialogs), error-summary, focusgroup and
 * toggle-group (keyboard handling).
 * Left out until a component needs them: ds-suggestion, ds-tabs, ds-pagination, ds-breadcrumbs, popover,
 * tooltip. A component that needs a left-out part and its named export fails the build rather than
 * silently losing behaviour; one that only imports it for side effects would lose it, so add the part
 * here when you start using Suggestion, Tabs, Pagination, Breadcrumbs, Popover, Dropdown or Tooltip.
 */
import '@digdir/designsystemet-web/ds-field';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/clickdelegatefor';
import '@digdir/designsystemet-web/readonly';
import '@digdir/designsystemet-web/details';
import '@digdir/designsystemet-web/dialog';
import '@digdir/designsystemet-web/invokers';
import '@digdir/designsystemet-web/ds-error-summary';
import '@digdir/designsystemet-web/focusgroup';
import '@digdir/designsystemet-web/toggle-group';

/**
 * Designsystemet's usePagination hook imports this helper. Pagination is not used in the app, so the
 * helper is left out; using the hook fails loudly instead of silently working differently.
 */
export function pagination(): never {
  throw new Error('Pagination is not enabled: add @digdir/designsystemet-web/ds-pagination in src/lib/designsystemet-web.ts');
}
