// Status tags in the design system's colours, with the status in words (never colour alone).
import { Tag } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n.js';
import type { AssignmentStatus, DeadlineStatus, LetterStatus, MeetingStatus } from '../types.js';

const letterColours: Record<LetterStatus, string> = {
  draft: 'neutral',
  in_review: 'warning',
  approved: 'info',
  issued: 'success',
};
const deadlineColours: Record<DeadlineStatus, string> = {
  upcoming: 'neutral',
  due_soon: 'warning',
  overdue: 'danger',
  submitted: 'info',
  accepted: 'success',
  returned: 'warning',
  cancelled: 'neutral',
};
const assignmentColours: Record<AssignmentStatus, string> = {
  not_started: 'neutral',
  in_progress: 'info',
  delivered: 'info',
  completed: 'success',
  cancelled: 'neutral',
};
const meetingColours: Record<MeetingStatus, string> = {
  planned: 'neutral',
  scheduled: 'info',
  held: 'success',
  cancelled: 'neutral',
};

/** An issued letter the centre has accepted reads "Akseptert". */
export function LetterStatusTag({ status, accepted = false }: { status: LetterStatus | null; accepted?: boolean }) {
  const { t } = useI18n();
  if (!status) return <Tag data-color="neutral">{t.noLetter}</Tag>;
  if (status === 'issued' && accepted) return <Tag data-color="success">{t.letterAccepted}</Tag>;
  return <Tag data-color={letterColours[status]}>{t.letterStatus[status]}</Tag>;
}

export function DeadlineStatusTag({ status }: { status: DeadlineStatus }) {
  const { t } = useI18n();
  return <Tag data-color={deadlineColours[status]}>{t.deadlineStatus[status]}</Tag>;
}

export function AssignmentStatusTag({ status }: { status: AssignmentStatus }) {
  const { t } = useI18n();
  return <Tag data-color={assignmentColours[status]}>{t.assignmentStatus[status]}</Tag>;
}

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return <Tag data-color={meetingColours[status]}>{t.meetingStatus[status]}</Tag>;
}
