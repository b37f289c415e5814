import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n.js';
import { usePageTitle } from '../useApi.js';

export function NotFound() {
  const { t } = useI18n();
  usePageTitle(t.notFoundTitle);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.notFoundTitle}
      </Heading>
      <Paragraph>{t.errorNotFound}</Paragraph>
      <Link asChild>
        <RouterLink to="/">{t.backHome}</RouterLink>
      </Link>
    </>
  );
}
