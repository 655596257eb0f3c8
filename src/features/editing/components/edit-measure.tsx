import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Measure } from '@/domain/measure';
import type { ChangeType } from '@/domain/measure-change';
import type { Plan } from '@/domain/plan';
import { canEdit } from '@/domain/user';
import { Section } from '@/components/ui/section';
import { useUiStore } from '@/stores/ui-store';
import { hasDraft } from '../utils/drafts';
import { ChangeForm } from './change-form';
import './editing.css';

const CHANGE_TYPES: readonly ChangeType[] = ['status', 'deadline', 'note', 'source'];
const EDIT_PARAM = 'endre';

/**
 * The editing controls on a measure page, for editors and admins. Which form is open lives in the
 * address (`?endre=status`), so that the browser's Back closes it — and asks first when something
 * typed is not saved, as do reloading and closing the tab.
 */
export function EditMeasure({ measure, plan }: { measure: Measure; plan: Plan | undefined }) {
  const { t } = useTranslation(['editing', 'common']);
  const session = useUiStore((state) => state.session);
  const [searchParams, setSearchParams] = useSearchParams();
  const open = CHANGE_TYPES.find((type) => type === searchParams.get(EDIT_PARAM)) ?? null;
  const [dirty, setDirty] = useState(false);
  // How many saves the notice confirms (0: none); each save moves focus to it (see below).
  const [saves, setSaves] = useState(0);
  const savedNotice = useRef<HTMLParagraphElement>(null);
  const [interrupted, setInterrupted] = useState<ChangeType | null>(null);
  const lastOpen = useRef(open);

  useLeaveWarning(dirty);

  // Back (or any navigation) closed a form with unsaved text: reopen it and ask.
  useEffect(() => {
    const previous = lastOpen.current;
    lastOpen.current = open;
    if (previous !== null && open === null && dirty) {
      setInterrupted(previous);
      setSearchParams((params) => withParam(params, previous), { replace: false });
    }
  }, [open, dirty, setSearchParams]);

  const openForm = (type: ChangeType) => {
    setSaves(0);
    setSearchParams((params) => withParam(params, type));
  };
  const close = useCallback(
    (outcome: 'saved' | 'cancelled') => {
      setDirty(false);
      setInterrupted(null);
      setSaves((count) => (outcome === 'saved' ? count + 1 : 0));
      lastOpen.current = null;
      setSearchParams((params) => withParam(params, null), { replace: true });
    },
    [setSearchParams],
  );

  // After a save the form is gone and the notice may be above the viewport: focus moves to it, so that keyboard and
  // screen-reader users land on it (and it scrolls into view), and the next Tab goes on from there.
  useEffect(() => {
    if (saves > 0) savedNotice.current?.focus();
  }, [saves]);

  if (session === null || !canEdit(session.user.role)) return null;

  return (
    <Section title={t('title')} className="page-section edit-measure">
      <Paragraph data-size="sm">
        {t('intro', { name: session.user.name, role: t(`common:settings.roles.${session.user.role}`) })}
      </Paragraph>
      <div className="button-row" role="group" aria-label={t('actions.label')}>
        {CHANGE_TYPES.map((type) => (
          <Button key={type} variant={open === type ? 'primary' : 'secondary'} aria-pressed={open === type} onClick={() => openForm(type)} disabled={open !== null && open !== type && dirty}>
            {t(`actions.${type}`)}
            {open !== type && hasDraft(measure.id, type) && (
              <Tag data-color="warning" data-size="sm">
                {t('actions.draft')}
              </Tag>
            )}
          </Button>
        ))}
      </div>
      <p role="status" className="edit-measure__status" ref={savedNotice} tabIndex={-1}>
        {saves > 0 ? t('saved') : ''}
      </p>
      {open !== null && (
        <ChangeForm
          key={`${open}-${interrupted ?? ''}`}
          type={open}
          measure={measure}
          plan={plan}
          session={session}
          askToDiscard={interrupted === open}
          onDirtyChange={setDirty}
          onClose={close}
        />
      )}
    </Section>
  );
}

function withParam(params: URLSearchParams, type: ChangeType | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (type === null) next.delete(EDIT_PARAM);
  else next.set(EDIT_PARAM, type);
  return next;
}

/** Reloading or closing the tab with unsaved text asks first (the browser words the question). */
function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
