import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LANGUAGES, languageSchema } from '@/domain/localized-text';
import { ROLES, useUiStore, type Role } from '@/stores/ui-store';

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
        <RoleSelect />
      </div>
    </header>
  );
}

function LanguageSelect() {
  const { t } = useTranslation();
  const id = useId();
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
  return (
    <Field data-size="sm" className="setting">
      <Label htmlFor={id}>{t('settings.language')}</Label>
      <Select
        id={id}
        value={language}
        width="auto"
        onChange={(event) => {
          const parsed = languageSchema.safeParse(event.target.value);
          if (parsed.success) setLanguage(parsed.data);
        }}
      >
        {LANGUAGES.map((code) => (
          <Select.Option key={code} value={code} lang={code}>
            {t(`languages.${code}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

function RoleSelect() {
  const { t } = useTranslation();
  const id = useId();
  const role = useUiStore((state) => state.role);
  const setRole = useUiStore((state) => state.setRole);
  return (
    <Field data-size="sm" className="setting">
      <Label htmlFor={id}>{t('settings.role')}</Label>
      <Select
        id={id}
        value={role}
        width="auto"
        onChange={(event) => {
          const next = ROLES.find((candidate) => candidate === event.target.value);
          if (next) setRole(next satisfies Role);
        }}
      >
        {ROLES.map((code) => (
          <Select.Option key={code} value={code}>
            {t(`settings.roles.${code}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
