// The footer of every page, with and without login: the link to the accessibility statement.
import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n.js';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="app-footer">
      <div className="app-footer-inner">
        <Link asChild>
          <RouterLink to="/tilgjengelighet">{t.accessibilityStatement}</RouterLink>
        </Link>
      </div>
    </footer>
  );
}
