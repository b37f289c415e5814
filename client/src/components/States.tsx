// Loading, error and empty states that say what is happening and what to do.
import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import type { Dictionary } from '../i18n.js';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state-loading" role="status">
      <Spinner aria-hidden="true" data-size="md" />
      <span>{label ?? t.loading}</span>
    </div>
  );
}

export function errorMessage(error: ApiError, t: Dictionary): string {
  if (error.status === 0) return t.errorNetwork;
  if (error.status === 403) return t.errorForbidden;
  if (error.status === 404) return t.errorNotFound;
  if (error.status >= 500) return t.errorServer;
  return error.detail ?? error.title;
}

/** An API error in words, the fields the server named, and a retry when it may help. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const fieldErrors = error.status === 400 || error.status === 409 ? error.errors : [];
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>
        {error.status === 400 ? t.errorInvalid : error.status === 409 ? t.errorConflict : errorMessage(error, t)}
      </Paragraph>
      {error.status === 409 && error.detail && <Paragraph>{error.detail}</Paragraph>}
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map((problem, index) => (
            <li key={index}>{problem.label ? `${problem.label}: ${problem.message}` : problem.message}</li>
          ))}
        </ul>
      )}
      {onRetry && (error.status === 0 || error.status >= 500) && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t.retry}
        </Button>
      )}
    </Alert>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <Paragraph className="state-empty">{children}</Paragraph>;
}

/** Renders loading, error or the content once the data is there. */
export function Async<T>({
  loaded,
  children,
}: {
  loaded: { data: T | undefined; error: ApiError | undefined; loading: boolean; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading />;
  return <>{children(loaded.data)}</>;
}
