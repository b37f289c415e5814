import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../api.js';
import { useAuth } from '../auth.js';
import { LanguageSwitch } from '../components/Layout.js';
import { SiteFooter } from '../components/SiteFooter.js';
import { errorMessage } from '../components/States.js';
import { useI18n } from '../i18n.js';
import { usePageTitle } from '../useApi.js';

export function LoginPage() {
  const { t } = useI18n();
  const { login, expired } = useAuth();
  usePageTitle(t.loginTitle);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    login(email, password)
      .catch((error: unknown) => {
        if (error instanceof ApiError && (error.status === 401 || error.status === 400)) setProblem(t.loginFailed);
        else if (error instanceof ApiError && error.status === 429) setProblem(t.loginRateLimited);
        else setProblem(errorMessage(error instanceof ApiError ? error : new ApiError(0, '', undefined), t));
      })
      .finally(() => setBusy(false));
  };

  return (
    <>
      <main id="main" className="login-page">
        <div className="login-language">
          <LanguageSwitch />
        </div>
        <div className="login-card">
          <Heading level={1} data-size="lg">
            {t.appName}
          </Heading>
          <Paragraph>{t.appTagline}</Paragraph>
          <Heading level={2} data-size="sm">
            {t.loginTitle}
          </Heading>
          <Paragraph data-size="sm">{t.loginIntro}</Paragraph>
          {expired && !problem && <Alert data-color="info">{t.sessionExpired}</Alert>}
          {problem && (
            <Alert data-color="danger" role="alert">
              {problem}
            </Alert>
          )}
          <form onSubmit={submit} className="form-stack" noValidate>
            <Textfield
              label={t.email}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <Textfield
              label={t.password}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <Button type="submit" disabled={busy}>
              {busy ? t.loggingIn : t.loginButton}
            </Button>
          </form>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
