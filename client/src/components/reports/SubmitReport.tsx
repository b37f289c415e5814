// Submitting the report as the hand-in: optional attachments and a comment, a confirmation, then
// what is unsaved is saved first, so the version handed in is the text on screen.
import { Button, Dialog, Heading, Label, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { api, asApiError, fieldMessage } from '../../api.js';
import type { ApiError } from '../../api.js';
import { useI18n } from '../../i18n.js';
import type { AnnualReport } from '../../types.js';

export function SubmitReport({
  deadlineId,
  saveFirst,
  onSubmitted,
  onFailed,
}: {
  deadlineId: number;
  /** Resolves false when the latest text could not be saved (its problem is shown already). */
  saveFirst: () => Promise<boolean>;
  onSubmitted: (report: AnnualReport) => void;
  onFailed: (error: ApiError) => void;
}) {
  const { t } = useI18n();
  const files = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLDialogElement>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [commentProblem, setCommentProblem] = useState<string | undefined>();

  const submit = async () => {
    confirm.current?.close();
    setBusy(true);
    try {
      if (!(await saveFirst())) return;
      const form = new FormData();
      for (const file of files.current?.files ?? []) form.append('files', file, file.name);
      if (comment.trim()) form.append('comment', comment);
      onSubmitted(
        await api<AnnualReport>(`/api/deadlines/${deadlineId}/report/submit`, { method: 'POST', body: form }),
      );
    } catch (error) {
      const problem = asApiError(error);
      setCommentProblem(fieldMessage(problem, 'body.comment'));
      onFailed(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="submit-report" className="hand-in-form">
      <Heading level={2} data-size="sm" id="submit-report">
        {t.reportSubmitTitle}
      </Heading>
      <div className="form-stack">
        <div className="ds-field">
          <Label htmlFor="report-files">{t.reportAttachments}</Label>
          <Paragraph id="report-files-help" data-size="sm" className="muted">
            {t.filesHelp}
          </Paragraph>
          <input
            ref={files}
            id="report-files"
            type="file"
            multiple
            className="file-input"
            aria-describedby="report-files-help"
          />
        </div>
        <Textfield
          label={t.reportSubmitComment}
          multiline
          rows={3}
          value={comment}
          error={commentProblem}
          onChange={(event) => setComment(event.target.value)}
        />
        <div>
          <Button type="button" disabled={busy} onClick={() => confirm.current?.showModal()}>
            {busy ? t.reportSubmitting : t.reportSubmit}
          </Button>
        </div>
      </div>
      <Dialog ref={confirm} closeButton={t.cancel} closedby="any" aria-labelledby="confirm-report-title">
        <Heading level={2} data-size="xs" id="confirm-report-title">
          {t.reportConfirmTitle}
        </Heading>
        <Paragraph>{t.reportConfirmText}</Paragraph>
        <Button onClick={() => void submit()}>{t.reportConfirmSubmit}</Button>
      </Dialog>
    </section>
  );
}
