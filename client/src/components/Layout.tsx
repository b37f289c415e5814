// The frame of every page after login: skip link, header with the menu for the user's roles, the
// language switch and logout, the main landmark the skip link lands on, and the footer.
import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { hasRole, useAbilities, useUser, useAuth } from '../auth.js';
import { useI18n } from '../i18n.js';
import { SiteFooter } from './SiteFooter.js';

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
    { to: '/meetings', label: t.meetings, show: !hasRole(user, 'centre_leader', 'centre_staff') },
    { to: '/indicators', label: t.indicators, show: true },
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
            </ul>
          </nav>
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
