// A reminder about one deadline, before or after its due date.
import { renderTemplate } from '../../../templates/render.js';
import { emailTexts } from '../../../templates/emails/texts.js';
import { formatDateLong } from '../../../templates/formats.js';
import { env } from '../../env.js';

export interface ReminderView {
  language: 'nb' | 'en';
  recipientName: string;
  centreName: string;
  title: string;
  dueDate: string;
  step: number;
  deadlineId: number;
  /** An agenda deadline's meeting: the reminder then asks for agenda items and links the meeting. */
  agendaOfMeetingId?: number | null;
}

export function reminderEmail(view: ReminderView) {
  const words = emailTexts[view.language].reminder;
  const due = formatDateLong(view.dueDate, view.language);
  const content = {
    language: view.language,
    subject: words.subject(view.title, due, view.step),
    greeting: words.greeting(view.recipientName),
    body: words.body(view.title, view.centreName, due, view.step),
    action: view.agendaOfMeetingId ? words.agendaAction : words.action,
    link: view.agendaOfMeetingId ? words.agendaLink : words.link,
    url: view.agendaOfMeetingId
      ? `${env.APP_URL}/meetings/${view.agendaOfMeetingId}`
      : `${env.APP_URL}/deadlines/${view.deadlineId}`,
    footer: words.footer,
  };
  return {
    subject: content.subject,
    text: renderTemplate('emails/notice.txt', content),
    html: renderTemplate('emails/notice.html', content),
  };
}
