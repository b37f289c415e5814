// What autosave is doing, read out politely by screen readers: saving, saved at, or not saved (with
// the server's reason and a button to try again).
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { errorMessage } from '../States.js';
import { formatTime } from '../../format.js';
import { useI18n } from '../../i18n.js';
import type { AutosaveState } from './useAutosave.js';

export function AutosaveStatus({ status, onRetry }: { status: AutosaveState; onRetry: () => void }) {
  const { t, language } = useI18n();
  const text =
    status.state === 'saving'
      ? t.autosaveSaving
      : status.state === 'saved'
        ? t.autosaveSaved(formatTime(status.at, language))
        : status.state === 'failed'
          ? `${t.autosaveFailed} ${status.error.status === 400 ? t.errorInvalid : errorMessage(status.error, t)}`
          : t.autosaveUnsaved;
  return (
    <div className="autosave-status">
      <Paragraph
        data-size="sm"
        role="status"
        data-testid="autosave"
        className={status.state === 'failed' ? 'autosave-failed' : 'muted'}
      >
        {text}
      </Paragraph>
      {status.state === 'failed' && (
        <Button type="button" variant="secondary" data-size="sm" onClick={onRetry}>
          {t.autosaveRetry}
        </Button>
      )}
    </div>
  );
}
