// Your own settings: how reminders reach you (one e-mail each, or one daily digest) and your
// private calendar feed of meetings and deadlines, which a calendar program can subscribe to.
import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { api, asApiError } from '../api.js';
import type { ApiError } from '../api.js';
import { Async, ErrorState } from '../components/States.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { User } from '../types.js';

export function ProfilePage() {
  const { t } = useI18n();
  usePageTitle(t.profile);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.profile}
      </Heading>
      <div className="grid-2">
        <ReminderPreference />
        <CalendarFeed />
      </div>
    </>
  );
}

function ReminderPreference() {
  const { t } = useI18n();
  const me = useApi<{ user: User }>('/api/me');
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const current = me.data?.user.reminderDelivery ?? 'single';
  const choose = async (reminderDelivery: 'single' | 'digest') => {
    setError(null);
    try {
      await api('/api/me/preferences', { method: 'PATCH', body: { reminderDelivery } });
      setSaved(t.preferenceSaved);
      me.reload();
    } catch (problem) {
      setError(asApiError(problem));
    }
  };
  return (
    <section aria-labelledby="reminders">
      <Heading level={2} data-size="sm" id="reminders">
        {t.reminderPreference}
      </Heading>
      <Async loaded={me}>
        {() => (
          <Fieldset>
            <Fieldset.Legend>{t.reminderPreferenceLegend}</Fieldset.Legend>
            <Radio
              name="reminderDelivery"
              label={t.reminderSingle}
              value="single"
              checked={current === 'single'}
              onChange={() => void choose('single')}
            />
            <Radio
              name="reminderDelivery"
              label={t.reminderDigest}
              value="digest"
              checked={current === 'digest'}
              onChange={() => void choose('digest')}
            />
          </Fieldset>
        )}
      </Async>
      {saved && (
        <Paragraph role="status" data-size="sm">
          {saved}
        </Paragraph>
      )}
      {error && <ErrorState error={error} />}
    </section>
  );
}

function CalendarFeed() {
  const { t } = useI18n();
  const status = useApi<{ active: boolean }>('/api/me/calendar-feed');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const urlField = useRef<HTMLInputElement>(null);
  // One request at a time: two quick clicks must not show a link the second request has revoked.
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (url) urlField.current?.select();
  }, [url]);
  const request = async (call: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await call();
      status.reload();
    } catch (problem) {
      setError(asApiError(problem));
    } finally {
      setBusy(false);
    }
  };
  const make = () =>
    request(async () => setUrl((await api<{ url: string }>('/api/me/calendar-feed', { method: 'POST' })).url));
  const revoke = () =>
    request(async () => {
      await api('/api/me/calendar-feed', { method: 'DELETE' });
      setUrl('');
    });
  const active = status.data?.active ?? false;
  return (
    <section aria-labelledby="calendar-feed">
      <Heading level={2} data-size="sm" id="calendar-feed">
        {t.calendarFeed}
      </Heading>
      <Paragraph>{t.calendarFeedIntro}</Paragraph>
      {url ? (
        <>
          <Textfield label={t.calendarFeedUrl} readOnly value={url} ref={urlField} />
          <Alert data-color="warning">{t.calendarFeedSecret}</Alert>
        </>
      ) : (
        <Paragraph data-size="sm">{active ? t.calendarFeedActive : t.calendarFeedNone}</Paragraph>
      )}
      <div className="row-actions">
        <Button disabled={busy} onClick={() => void make()}>
          {active ? t.calendarFeedRenew : t.calendarFeedMake}
        </Button>
        {active && (
          <Button variant="secondary" disabled={busy} onClick={() => void revoke()}>
            {t.calendarFeedRevoke}
          </Button>
        )}
      </div>
      {error && <ErrorState error={error} />}
    </section>
  );
}
