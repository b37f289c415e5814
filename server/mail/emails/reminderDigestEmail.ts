// One e-mail a day listing every reminder due to a person who chose the digest.
import { renderTemplate } from '../../../templates/render.js';
import { emailTexts } from '../../../templates/emails/texts.js';
import { formatDateLong } from '../../../templates/formats.js';
import { env } from '../../env.js';

export interface ReminderDigestView {
  language: 'nb' | 'en';
  recipientName: string;
  date: string;
  items: { title: string; centreName: string; dueDate: string; step: number }[];
}

export function reminderDigestEmail(view: ReminderDigestView) {
  const single = emailTexts[view.language].reminder;
  const words = emailTexts[view.language].reminderDigest;
  const content = {
    language: view.language,
    subject: words.subject(formatDateLong(view.date, view.language), view.items.length),
    greeting: single.greeting(view.recipientName),
    body: words.body,
    items: view.items.map((item) =>
      words.item(item.title, item.centreName, formatDateLong(item.dueDate, view.language), item.step),
    ),
    action: single.action,
    link: words.link,
    url: `${env.APP_URL}/`,
    footer: single.footer,
  };
  return {
    subject: content.subject,
    text: renderTemplate('emails/notice.txt', content),
    html: renderTemplate('emails/notice.html', content),
  };
}
