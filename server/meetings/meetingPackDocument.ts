// The stored meeting pack: rendered once when the agenda is final, kept with its SHA-256 so both
// sides know they read the same pack. A retried job finds it stored and stops; a job that died
// between writing the file and updating the meeting writes it again.
import { createHash } from 'node:crypto';
import { Centre, SteeringMeeting } from '../models/index.js';
import { storage } from '../storage/index.js';
import { buildMeetingPackView } from './meetingPackView.js';
import { renderMeetingPackPdf } from './renderMeetingPack.js';

export const meetingPackFilename = (centreCode: string, year: number, sequence: number) =>
  `motepakke-${centreCode.toLowerCase()}-${year}-${sequence}.pdf`;

export async function ensureMeetingPack(meetingId: number): Promise<{ stored: boolean; sha256: string | null }> {
  const meeting = await SteeringMeeting.findByPk(meetingId, { include: [{ model: Centre, as: 'centre' }] });
  if (!meeting) throw new Error(`steering meeting ${meetingId} does not exist`);
  if (meeting.agendaStatus !== 'final') return { stored: false, sha256: null };
  if (meeting.packSha256) return { stored: true, sha256: meeting.packSha256 };
  const pdf = await renderMeetingPackPdf(await buildMeetingPackView(meeting));
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  // Content-addressed: a pack made again after the agenda was reopened never overwrites one whose
  // e-mails (keyed on its SHA-256) may still be waiting to attach it.
  const storageKey = `meetings/${meetingId}/meeting-pack-${sha256}.pdf`;
  await storage.put(storageKey, pdf);
  // Only while the agenda is still final: a reopened agenda must not get a stale pack.
  await SteeringMeeting.update(
    { packStorageKey: storageKey, packSha256: sha256, packStoredAt: new Date() },
    { where: { id: meetingId, agendaStatus: 'final', packSha256: null } },
  );
  return { stored: true, sha256 };
}
