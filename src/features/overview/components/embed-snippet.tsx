import { Button, Label, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EMBED_HEIGHTS, embedSnippet, type EmbedView } from '@/domain/embed';
import { useCopy } from '@/components/ui/use-copy';
import './embed-snippet.css';

/**
 * The HTML that puts a chart in an article: an `<iframe>` of `/embed/<chart>` with the overview's plan, date and
 * language, to select or copy with one click. Loaded on «Bygg inn» (src/features/overview/components/embed-tool.tsx).
 */
export function EmbedSnippet({ view, title }: { view: EmbedView; title: string }) {
  const { t } = useTranslation('embed');
  const { state, copy } = useCopy();
  const fieldId = useId();
  const noteId = useId();
  const snippet = embedSnippet(window.location.origin, view, t('snippet.frameTitle', { title }));
  return (
    <div className="embed-snippet" role="group" aria-label={t('snippet.title', { title })}>
      <Label htmlFor={fieldId} data-size="sm">
        {t('snippet.label')}
      </Label>
      <Textarea id={fieldId} readOnly rows={4} value={snippet} aria-describedby={noteId} data-size="sm" className="embed-snippet__code" onFocus={(event) => event.currentTarget.select()} />
      <Paragraph data-size="sm" id={noteId}>
        {t('snippet.size', { height: EMBED_HEIGHTS[view.chart] })} {view.asOf === null ? t('snippet.today') : t('snippet.fixed')}
      </Paragraph>
      <div className="embed-snippet__actions">
        <Button variant="secondary" data-size="sm" onClick={() => void copy(snippet)}>
          {t('snippet.copy')}
        </Button>
        <span role="status" className="embed-snippet__status">
          {state === 'copied' ? t('snippet.copied') : state === 'failed' ? t('snippet.failed') : ''}
        </span>
      </div>
    </div>
  );
}
