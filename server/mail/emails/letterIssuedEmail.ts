// "Your grant letter has been issued", to a centre leader, with the letter's PDF attached.
import { renderTemplate } from '../../../templates/render.js';
import { emailTexts } from '../../../templates/emails/texts.js';
import { env } from '../../env.js';

export interface LetterIssuedView {
  language: 'nb' | 'en';
  recipientName: string;
  centreName: string;
  year: number;
  supplement: boolean;
  title: string;
  referenceNumber: string;
  letterId: number;
}

export function letterIssuedEmail(view: LetterIssuedView) {
  const words = emailTexts[view.language].letterIssued;
  const content = {
    language: view.language,
    subject: words.subject(view.centreName, view.year, view.supplement),
    greeting: words.greeting(view.recipientName),
    body: words.body(view.title, view.referenceNumber),
    action: words.action,
    link: words.link,
    url: `${env.APP_URL}/letters/${view.letterId}`,
    footer: words.footer,
  };
  return {
    subject: content.subject,
    text: renderTemplate('emails/notice.txt', content),
    html: renderTemplate('emails/notice.html', content),
  };
}
