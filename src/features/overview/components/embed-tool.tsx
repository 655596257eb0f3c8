import { Button } from '@digdir/designsystemet-react';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbedChart } from '@/domain/embed';
import { useLanguage } from '@/lib/use-localized';
import type { OverviewScope } from '../utils/measure-links';

// The snippet, its texts and its copy button load on the first click: the overview does not pay for them.
const EmbedSnippet = lazy(() => import('./embed-snippet').then((module) => ({ default: module.EmbedSnippet })));

interface EmbedToolProps {
  chart: EmbedChart;
  /** The chart's title, for the frame's title in the snippet. */
  title: string;
  /** The plan and date of the overview's address (null: all plans, today). */
  scope: OverviewScope;
}

/** «Bygg inn»: a disclosure beside a chart's table toggle with the `<iframe>` snippet of the chart as the overview shows it. */
export function EmbedTool({ chart, title, scope }: EmbedToolProps) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="embed-tool" {...(open && { 'data-open': '' })}>
      <Button variant="secondary" data-size="sm" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((shown) => !shown)}>
        {t('embed.button')}
      </Button>
      {open && (
        <div id={panelId} className="embed-tool__panel">
          <Suspense fallback={null}>
            <EmbedSnippet view={{ chart, plan: scope.plan, asOf: scope.asOf, language }} title={title} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
