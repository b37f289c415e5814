// "Issue all approved letters" for a year: starts the bulk job, follows its server-sent events
// (progress, then done) and shows a progress bar with a polite live text, then the result.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { api, asApiError } from '../api.js';
import type { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import type { Job } from '../types.js';
import { ErrorState } from './States.js';

interface IssueResult {
  total: number;
  issued: number[];
  failed: { letterId: number; error: string }[];
}

export function BulkIssue({ year, onFinished }: { year: number; onFinished: () => void }) {
  const { t } = useI18n();
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [lost, setLost] = useState(false);
  // Set from the click until the job is known, so a double click starts one job, not two.
  const [starting, setStarting] = useState(false);
  const source = useRef<EventSource | null>(null);
  useEffect(() => () => source.current?.close(), []);

  const running = job !== null && job.state !== 'completed' && job.state !== 'failed';
  const start = () => {
    if (starting || running) return;
    setStarting(true);
    setError(null);
    setLost(false);
    api<Job>('/api/letters/bulk/issue', { method: 'POST', body: { year } })
      .then((started) => {
        setJob(started);
        source.current?.close();
        const events = new EventSource(`/api/jobs/${encodeURIComponent(started.id)}/events`);
        source.current = events;
        const update = (event: MessageEvent) => {
          const next = JSON.parse(String(event.data)) as Job | null;
          if (next) setJob(next);
        };
        events.addEventListener('progress', update);
        events.addEventListener('done', (event) => {
          update(event);
          events.close();
          onFinished();
        });
        events.onerror = () => {
          // The stream ends after "done"; an error before that means the connection was lost.
          if (events.readyState === EventSource.CLOSED) setLost(true);
        };
      })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setStarting(false));
  };

  const progress = job?.progress;
  const result = job?.state === 'completed' ? (job.result as IssueResult | null) : null;
  return (
    <section aria-labelledby="bulk-issue" className="bulk-issue">
      <Heading level={2} data-size="sm" id="bulk-issue" className="visually-hidden">
        {t.bulkIssueTitle}
      </Heading>
      <Button variant="secondary" onClick={start} disabled={starting || running}>
        {t.bulkIssue}
      </Button>
      {job && (
        <div className="bulk-progress">
          <label htmlFor="bulk-progress">{t.bulkIssueTitle}</label>
          <progress
            id="bulk-progress"
            max={progress?.total || 1}
            value={progress ? progress.done : job.state === 'completed' ? 1 : undefined}
          />
          <p aria-live="polite" data-testid="bulk-status">
            {progress ? t.bulkProgress(progress.done, progress.total) : running ? t.bulkWaiting : ''}
          </p>
        </div>
      )}
      {result && (
        <Alert data-color={result.failed.length ? 'warning' : 'success'} role="status">
          <Paragraph>{t.bulkDone(result.issued.length, result.failed.length)}</Paragraph>
          {result.failed.length > 0 && (
            <ul>
              {result.failed.map((f) => (
                <li key={f.letterId}>{t.bulkFailedLetter(f.letterId, f.error)}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {job?.state === 'failed' && (
        <Alert data-color="danger" role="alert">
          {t.bulkJobFailed(job.failedReason ?? '')}
        </Alert>
      )}
      {lost && running && (
        <Alert data-color="warning" role="alert">
          {t.bulkLost}
        </Alert>
      )}
      {error && <ErrorState error={error} />}
    </section>
  );
}
