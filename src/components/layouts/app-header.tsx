import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LANGUAGES, languageSchema } from '@/domain/localized-text';
import { useUiStore } from '@/stores/ui-store';
import { UserSelect } from './user-select';

const NAV_ITEMS = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/tiltak', key: 'nav.measures', end: false },
  { to: '/kommune', key: 'nav.municipality', end: false },
  { to: '/analyse', key: 'nav.analysis', end: false },
] as const;

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link to="/" className="app-header__name">
          {t('app.name')}
        </Link>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('nav.label')} className="app-nav">
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className="app-nav__link">
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="app-header__settings">
        <LanguageSelect />
        <UserSelect />
      </div>
    </header>
  );
}

function LanguageSelect() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
  return (
    <SettingSelect
      label={t('settings.language')}
      value={language}
      options={LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`), lang: code }))}
      onChange={(value) => {
        const parsed = languageSchema.safeParse(value);
        if (parsed.success) setLanguage(parsed.data);
      }}
    />
  );
}

interface SettingSelectProps {
  label: string;
  value: string;
  options: { value: string; label: string; lang?: string }[];
  onChange: (value: string) => void;
}

function SettingSelect({ label, value, options, onChange }: SettingSelectProps) {
  const id = useId();
  return (
    <Field data-size="sm" className="setting">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} width="auto" onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
