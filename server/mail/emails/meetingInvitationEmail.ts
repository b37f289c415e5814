// A steering meeting's invitation, change or cancellation, to one participant; the .ics goes with it.
import { renderTemplate } from '../../../templates/render.js';
import { emailTexts } from '../../../templates/emails/texts.js';
import type { InvitationChange } from '../../../templates/emails/texts.js';
import { env } from '../../env.js';

export type { InvitationChange };

export interface MeetingInvitationView {
  language: 'nb' | 'en';
  change: InvitationChange;
  recipientName: string;
  meetingTitle: string;
  when: string;
  place: string;
  meetingId: number;
}

export function meetingInvitationEmail(view: MeetingInvitationView) {
  const words = emailTexts[view.language].meetingInvitation;
  const content = {
    language: view.language,
    subject: words.subject(view.change, view.meetingTitle, view.when),
    greeting: words.greeting(view.recipientName),
    body: words.body(view.change, view.meetingTitle, view.when, view.place),
    action: words.action,
    link: words.link,
    url: `${env.APP_URL}/meetings/${view.meetingId}`,
    footer: words.footer,
  };
  return {
    subject: content.subject,
    text: renderTemplate('emails/notice.txt', content),
    html: renderTemplate('emails/notice.html', content),
  };
}
