import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { LANGUAGES, languageSchema } from '@/domain/localized-text';
import { useUiStore } from '@/stores/ui-store';
import { useFrame } from './frame-context';
import { UserSelect } from './user-select';

const NAV_ITEMS = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/tiltak', key: 'nav.measures', end: false },
  { to: '/kommune', key: 'nav.municipality', end: false },
  { to: '/analyse', key: 'nav.analysis', end: false },
  { to: '/endringer', key: 'nav.changes', end: false },
  { to: '/rapport', key: 'nav.report', end: false },
] as const;

/** The header's id: the frame's menu link opens the menu by pointing at it (`:target`, without a script). */
export const HEADER_ID = 'app-header';
const MENU_ID = 'app-menu';

/**
 * The header every page shares: the app's name, the main menu and the settings (language, demo user). On a
 * narrow screen the menu and settings fold away behind a menu button (a disclosure: Escape closes it, and
 * focus goes back to the button). The prerendered frame has no script, so there the button is a link to the
 * header itself, and the menu opens by CSS (`:target`, app.css); the app starts with it open if it was.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const { prerendering } = useFrame();
  const { pathname } = useLocation();
  // The page the menu was opened on: going to another page closes it (focus then goes to its main area).
  const [openOn, setOpenOn] = useState<string | null>(() =>
    !prerendering && typeof window !== 'undefined' && window.location.hash === `#${HEADER_ID}` ? pathname : null,
  );
  const open = openOn === pathname;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return;
    setOpenOn(null);
    toggleRef.current?.focus();
  };
  return (
    <header className="app-header" id={HEADER_ID} data-menu-open={open || undefined} onKeyDown={onKeyDown}>
      <div className="app-header__bar">
        <div className="app-header__brand">
          <Link to="/" className="app-header__name">
            {t('app.name')}
          </Link>
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </div>
        {prerendering ? (
          <>
            <Button asChild variant="secondary" data-size="sm" className="app-menu-toggle app-menu-toggle--open">
              <a href={`#${HEADER_ID}`}>
                <MenuIcon open={false} />
                {t('nav.menu')}
              </a>
            </Button>
            <Button asChild variant="secondary" data-size="sm" className="app-menu-toggle app-menu-toggle--close">
              <a href="#" aria-label={t('nav.closeMenu')}>
                <MenuIcon open />
                {t('nav.menu')}
              </a>
            </Button>
          </>
        ) : (
          <Button
            ref={toggleRef}
            type="button"
            variant="secondary"
            data-size="sm"
            className="app-menu-toggle"
            aria-expanded={open}
            aria-controls={MENU_ID}
            onClick={() => setOpenOn(open ? null : pathname)}
          >
            <MenuIcon open={open} />
            {t('nav.menu')}
          </Button>
        )}
      </div>
      <div className="app-header__menu" id={MENU_ID}>
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
      </div>
    </header>
  );
}

/** Three bars, or a cross when the menu is open. */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg className="app-menu-toggle__icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {open ? (
        <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
      ) : (
        <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
      )}
    </svg>
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
