/**
 * A PostCSS step for Designsystemet's CSS (src/styles/designsystemet.css, vite.config.ts): it changes the few
 * rules that made every change to the page restyle the whole page.
 *
 * A rule whose `:has()` is followed by a combinator and a subject that any element can match (`… > *`,
 * `… *`, `… > :not([hidden])`, `… > :is(th, td)`) makes Chromium restyle every element on each DOM change
 * anywhere, whether or not the rule matches anything: measured here, appending one <span> to <main>
 * restyled all 9,000 elements of the analysis with 10,000 measures (30–60 ms each time, several times per
 * render). Without these rules it restyles a few dozen.
 *
 * - Rules about a field's own parts get a subject naming those parts (the classes Designsystemet's fields
 *   are made of; for the app's markup the same elements).
 * - Rules for what the app never renders are left out: tables with a footer or `data-border`, cards with
 *   a picture or video, chips with a focusable control inside (the app's chips are buttons).
 *
 * Every rule listed must be found, so that a new version of Designsystemet that changes them fails the build
 * instead of quietly bringing the cost back; tests/e2e/style-cost.spec.ts checks the effect in the browser.
 */
import type { Plugin } from 'postcss';

/**
 * The parts of a Designsystemet field: label, input or select, affixes, description, counter, validation. In
 * :where(), so that the rule keeps the specificity of `*` and the rules it was written to lose to still win.
 */
const FIELD_PARTS = ':where(.ds-label,.ds-input,.ds-field-affixes,[data-field])';

/** Selector (as Designsystemet writes it) → its replacement, or null to leave the rule out. */
const CHANGES: Record<string, string | null> = {
  '.ds-field:has(.ds-input[aria-disabled=true],.ds-input:disabled)>*': `.ds-field:has(.ds-input[aria-disabled=true],.ds-input:disabled)>${FIELD_PARTS}`,
  '.ds-field:has(input[type=radio],input[type=checkbox])>*': `.ds-field:has(input[type=radio],input[type=checkbox])>${FIELD_PARTS}`,
  '.ds-field:has(input[type=radio],input[type=checkbox]):has(input:focus-visible) *': `.ds-field:has(input[type=radio],input[type=checkbox]):has(input:focus-visible) ${FIELD_PARTS}`,
  '.ds-field[data-variant=outline]:has(input[type=radio],input[type=checkbox]):has(input:disabled,input[aria-disabled=true]) *': `.ds-field[data-variant=outline]:has(input[type=radio],input[type=checkbox]):has(input:disabled,input[aria-disabled=true]) ${FIELD_PARTS}`,
  '.ds-card__block:has(>:is(audio,figure,iframe,img,picture,video):only-child)>:not([hidden])': null,
  '.ds-chip:has(:focus-visible) *': null,
  '.ds-table>tbody:has(+tfoot)>tr:last-child>:is(th,td)': null,
  ':is(.ds-table[data-border]>:is(thead:first-of-type,:not(:has(thead)) tbody:first-of-type)>tr:first-child>:is(th,td)):first-child': null,
  ':is(.ds-table[data-border]>:is(thead:first-of-type,:not(:has(thead)) tbody:first-of-type)>tr:first-child>:is(th,td)):last-child': null,
  ':is(.ds-table[data-border]>:is(tfoot:last-of-type,:not(:has(tfoot)) tbody:last-of-type)>tr:last-child>:is(th,td)):first-child': null,
  ':is(.ds-table[data-border]>:is(tfoot:last-of-type,:not(:has(tfoot)) tbody:last-of-type)>tr:last-child>:is(th,td)):last-child': null,
};

/** Whether a stylesheet is the one that brings in Designsystemet's components. */
const isDesignsystemet = (file: string | undefined) => file !== undefined && /[\\/]src[\\/]styles[\\/]designsystemet\.css$/.test(file);

export function designsystemetSelectors(): Plugin {
  return {
    postcssPlugin: 'tiltaksmonitor:designsystemet-selectors',
    Once(root, { result }) {
      if (!isDesignsystemet(result.opts.from)) return;
      const found = new Set<string>();
      root.walkRules((rule) => {
        // A rule's selector list, one selector at a time (commas inside :is() and :has() are not separators).
        const selectors = rule.selectors;
        if (!selectors.some((selector) => selector in CHANGES)) return;
        const kept: string[] = [];
        for (const selector of selectors) {
          if (!(selector in CHANGES)) {
            kept.push(selector);
            continue;
          }
          found.add(selector);
          const replacement = CHANGES[selector];
          if (replacement !== null && replacement !== undefined) kept.push(replacement);
        }
        if (kept.length === 0) rule.remove();
        else rule.selectors = kept;
      });
      const missing = Object.keys(CHANGES).filter((selector) => !found.has(selector));
      if (missing.length > 0) throw new Error(`Designsystemet's CSS has changed; check scripts/designsystemet-css.ts. Not found:\n${missing.join('\n')}`);
    },
  };
}
