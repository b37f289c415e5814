// A meeting pack as HTML (templates/meetings/pack filled with its view) and as PDF (Chromium).
import { renderTemplate } from '../../templates/render.js';
import { meetingPackTexts } from '../../templates/meetings/texts.js';
import { htmlToPdf } from '../pdf/chromium.js';
import type { MeetingPackView } from './meetingPackView.js';

export function renderMeetingPackHtml(view: MeetingPackView): string {
  return renderTemplate('meetings/pack', { ...view, t: meetingPackTexts[view.language] });
}

export function renderMeetingPackPdf(view: MeetingPackView): Promise<Buffer> {
  const t = meetingPackTexts[view.language];
  return htmlToPdf(renderMeetingPackHtml(view), {
    headerText: `${view.centreName} – ${view.meetingTitle}`,
    footerText: view.draft ? t.draft : t.pack,
    pageLabel: { page: t.page, of: t.of },
  });
}
