// "The agenda is final", to one participant, with the stored meeting pack attached.
import { renderTemplate } from '../../../templates/render.js';
import { emailTexts } from '../../../templates/emails/texts.js';
import { env } from '../../env.js';

export interface MeetingPackEmailView {
  language: 'nb' | 'en';
  recipientName: string;
  meetingTitle: string;
  when: string;
  meetingId: number;
}

export function meetingPackEmail(view: MeetingPackEmailView) {
  const words = emailTexts[view.language].meetingPack;
  const content = {
    language: view.language,
    subject: words.subject(view.meetingTitle, view.when),
    greeting: words.greeting(view.recipientName),
    body: words.body(view.meetingTitle, view.when),
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
