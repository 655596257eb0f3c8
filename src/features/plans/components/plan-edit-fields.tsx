import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/section';
import type { PlanEditError, PlanEditField, PlanEditKey, PlanEditValues, SourceValues } from '../utils/plan-edit';
import { fieldId, KindSelect, TextInput } from './plan-fields';

interface PlanEditFieldsProps {
  id: string;
  values: PlanEditValues;
  set: (key: Exclude<PlanEditKey, 'sources'>) => (value: string) => void;
  setSources: (change: (sources: SourceValues[]) => SourceValues[]) => void;
  errorOf: (field: PlanEditField) => PlanEditError | undefined;
}

/**
 * What is said of an existing plan, in the fields of /planer/ny (the same inputs, labels and checks): its id is
 * shown and cannot change; the ministry, the sources and the note are edited in full, as the plan holds them.
 */
export function PlanEditFields({ id, values, set, setSources, errorOf }: PlanEditFieldsProps) {
  const { t } = useTranslation('plans');
  const input = (key: Exclude<PlanEditKey, 'sources' | 'kind'>, label: string, extra: { description?: string; required?: boolean; multiline?: boolean; inputMode?: 'numeric' } = {}) => (
    <TextInput field={key} label={label} value={values[key]} onChange={set(key)} error={errorOf(key)} {...extra} />
  );
  return (
    <Section title={t('plan.title')} className="page-section plan-import__section">
      {input('reference', t('plan.reference'), { description: t('plan.referenceHint'), required: true })}
      <Textfield id={fieldId('id')} label={t('plan.id')} description={t('edit.idHint')} value={id} readOnly />
      {input('titleNb', t('plan.titleNb'), { required: true })}
      {input('titleNn', t('plan.titleNn'))}
      {input('titleEn', t('plan.titleEn'))}
      <KindSelect value={values.kind} onChange={set('kind')} error={errorOf('kind')} />
      {input('ministryNb', t('edit.ministryNb'), { required: true })}
      {input('ministryNn', t('edit.ministryNn'))}
      {input('ministryEn', t('edit.ministryEn'))}
      {input('published', t('plan.published'), { description: t('edit.publishedHint') })}
      <Fieldset className="plan-import__period">
        <Fieldset.Legend>{t('plan.period')}</Fieldset.Legend>
        <Fieldset.Description>{t('plan.periodHint')}</Fieldset.Description>
        <div className="plan-import__pair">
          {input('periodFrom', t('plan.periodFrom'), { inputMode: 'numeric' })}
          {input('periodTo', t('plan.periodTo'), { inputMode: 'numeric' })}
        </div>
      </Fieldset>
      <SourcesFields sources={values.sources} setSources={setSources} errorOf={errorOf} />
      <Fieldset>
        <Fieldset.Legend>{t('edit.note')}</Fieldset.Legend>
        <Fieldset.Description>{t('edit.noteHint')}</Fieldset.Description>
        {input('noteNb', t('edit.noteNb'), { multiline: true })}
        {input('noteNn', t('edit.noteNn'), { multiline: true })}
        {input('noteEn', t('edit.noteEn'), { multiline: true })}
      </Fieldset>
    </Section>
  );
}

function SourcesFields({ sources, setSources, errorOf }: { sources: SourceValues[]; setSources: PlanEditFieldsProps['setSources']; errorOf: PlanEditFieldsProps['errorOf'] }) {
  const { t } = useTranslation('plans');
  const change = (index: number, part: keyof SourceValues) => (value: string) =>
    setSources((current) => current.map((source, at) => (at === index ? { ...source, [part]: value } : source)));
  const listError = errorOf('sources');
  return (
    <Fieldset id={fieldId('sources')} tabIndex={-1}>
      <Fieldset.Legend>{t('edit.sources')}</Fieldset.Legend>
      <Fieldset.Description>{t('edit.sourcesHint')}</Fieldset.Description>
      {listError && <Paragraph data-color="danger">{t(`errors.${listError.code}`, { max: listError.max ?? 0 })}</Paragraph>}
      {sources.map((source, index) => (
        <Fieldset key={index} className="plan-edit__source">
          <Fieldset.Legend>{t('edit.source', { number: index + 1 })}</Fieldset.Legend>
          <TextInput field={`sources.${index}.title`} label={t('plan.sourceTitle')} value={source.title} onChange={change(index, 'title')} error={errorOf(`sources.${index}.title`)} required />
          <TextInput field={`sources.${index}.url`} label={t('edit.sourceUrl')} value={source.url} onChange={change(index, 'url')} error={errorOf(`sources.${index}.url`)} type="url" />
          {sources.length > 1 && (
            <div className="plan-import__row">
              <Button variant="tertiary" data-size="sm" onClick={() => setSources((current) => current.filter((_, at) => at !== index))}>
                {t('edit.removeSource', { number: index + 1 })}
              </Button>
            </div>
          )}
        </Fieldset>
      ))}
      <div className="plan-import__row">
        <Button variant="secondary" data-size="sm" onClick={() => setSources((current) => [...current, { title: '', url: '' }])}>
          {t('edit.addSource')}
        </Button>
      </div>
    </Fieldset>
  );
}
