// The frame of every page after login: skip link, header with the menu from the user's abilities,
// the inbox count and the search field, the language switch and logout, the main landmark the skip
// link lands on, and the footer.
import { Badge, Button, Input, SkipLink } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { NavLink, useNavigate, useSearchParams } from 'react-router';
import { useAbilities, useUser, useAuth } from '../auth.js';
import { useI18n } from '../i18n.js';
import { useApi } from '../useApi.js';
import { SiteFooter } from './SiteFooter.js';

/** "Mine oppgaver" with how many wait; the count follows every change (useApi's reload marks it stale). */
function TasksLink() {
  const { t } = useI18n();
  const count = useApi<{ count: number }>('/api/me/tasks/count').data?.count;
  return (
    <NavLink to="/tasks" aria-label={count === undefined ? t.tasks : t.tasksNavLabel(count)}>
      {t.tasks}
      {count !== undefined && count > 0 && (
        <Badge className="task-count" count={count} data-color="accent" aria-hidden="true" />
      )}
    </NavLink>
  );
}

/** One search field for the whole app; the results page is /search?q=…. */
function HeaderSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <form role="search" aria-label={t.searchLabel} className="header-search" onSubmit={submit}>
      <label htmlFor="header-search-input" className="visually-hidden">
        {t.searchLabel}
      </label>
      <Input
        id="header-search-input"
        type="search"
        data-size="sm"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" variant="secondary" data-size="sm">
        {t.searchButton}
      </Button>
    </form>
  );
}

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <Button
      variant="tertiary"
      data-size="sm"
      lang={language === 'nb' ? 'en' : 'nb'}
      aria-label={t.languageSwitchLabel}
      onClick={() => setLanguage(language === 'nb' ? 'en' : 'nb')}
    >
      {t.languageSwitch}
    </Button>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const user = useUser();
  const abilities = useAbilities();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const links = [
    { to: '/', label: t.home, show: true },
    { to: '/meetings', label: t.meetings, show: abilities.listSteeringMeetings },
    { to: '/indicators', label: t.indicators, show: true },
    { to: '/resultater', label: t.navResults, show: abilities.readResults },
    { to: '/finance/year', label: t.navFinanceYear, show: abilities.copyBudgetFrames },
    { to: '/finance/payments', label: t.navPayments, show: abilities.copyBudgetFrames },
    { to: '/finance/accounts', label: t.navAccounts, show: abilities.copyBudgetFrames },
    { to: '/users', label: t.users, show: abilities.createUser },
    { to: '/audit', label: t.audit, show: abilities.readAuditTrail },
    { to: '/me', label: t.profile, show: true },
  ].filter((link) => link.show);
  return (
    <>
      <SkipLink href="#main">{t.skipToContent}</SkipLink>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to="/" className="app-name">
            {t.appName}
          </NavLink>
          <nav aria-label={t.mainNav}>
            <ul className="nav-list">
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} end={link.to === '/'}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
              <li>
                <TasksLink />
              </li>
            </ul>
          </nav>
          <HeaderSearch />
          <div className="app-user">
            <span className="user-name">
              {t.loggedInAs(user.name)}
              {user.centre ? ` (${user.centre})` : ''}
            </span>
            <LanguageSwitch />
            <Button
              variant="secondary"
              data-size="sm"
              disabled={leaving}
              onClick={() => {
                setLeaving(true);
                logout()
                  .then(() => navigate('/'))
                  // The server is unreachable: the session ends anyway when it expires; stay put.
                  .catch(() => undefined)
                  .finally(() => setLeaving(false));
              }}
            >
              {t.logout}
            </Button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
