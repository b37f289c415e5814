// "Work waits for you": one step of the year handed something to the recipient (a letter to
// approve, a hand-in to review …), or the day's summary of such steps for one who chose the digest.
// Bokmål: users have no language of their own yet.
import { renderTemplate } from '../../../templates/render.js';
import { emailTexts } from '../../../templates/emails/texts.js';
import { env } from '../../env.js';

export interface NotificationView {
  recipientName: string;
  title: string;
  body: string;
  /** The client path, e.g. /letters/12. */
  link: string;
}

const language = 'nb' as const;

export function notificationEmail(view: NotificationView) {
  const words = emailTexts[language].notification;
  const content = {
    language,
    subject: view.title,
    greeting: words.greeting(view.recipientName),
    body: view.body,
    action: words.action,
    link: words.link,
    url: `${env.APP_URL}${view.link}`,
    footer: words.footer,
  };
  return {
    subject: content.subject,
    text: renderTemplate('emails/notice.txt', content),
    html: renderTemplate('emails/notice.html', content),
  };
}

export function notificationDigestEmail(view: { recipientName: string; items: { title: string; body: string }[] }) {
  const words = emailTexts[language].notification;
  const content = {
    language,
    subject: words.digestSubject(view.items.length),
    greeting: words.greeting(view.recipientName),
    body: words.digestBody,
    items: view.items.map((item) => `${item.title}: ${item.body}`),
    action: words.action,
    link: words.digestLink,
    url: `${env.APP_URL}/tasks`,
    footer: words.footer,
  };
  return {
    subject: content.subject,
    text: renderTemplate('emails/notice.txt', content),
    html: renderTemplate('emails/notice.html', content),
  };
}
