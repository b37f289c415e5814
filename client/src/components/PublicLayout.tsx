// The frame of a page that needs no login (the accessibility statement): skip link, a header with
// the app's name, the way to log in and the language switch, the main landmark and the footer.
import { Link, SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n.js';
import { LanguageSwitch } from './Layout.js';
import { SiteFooter } from './SiteFooter.js';

export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <SkipLink href="#main">{t.skipToContent}</SkipLink>
      <header className="app-header">
        <div className="app-header-inner">
          <span className="app-name">{t.appName}</span>
          <div className="app-user">
            <Link asChild>
              <RouterLink to="/">{t.toLogin}</RouterLink>
            </Link>
            <LanguageSwitch />
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
