// A person's private calendar feed: a secret URL their calendar program subscribes to. Only the
// SHA-256 of the secret is stored, so a database leak reveals no working feed URL; making a new
// one replaces the old, and revoking clears it.
import { createHash, randomBytes } from 'node:crypto';
import { Op } from 'sequelize';
import { Centre, Deadline, SteeringMeeting, User } from '../models/index.js';
import { env } from '../env.js';
import { feedIcs } from './meetingCalendar.js';

const feedTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const feedUrl = (token: string) => `${env.APP_URL}/api/calendar-feeds/${token}.ics`;

/** A new secret and the hash that is stored of it; the secret is shown once. */
export function newFeedToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: feedTokenHash(token) };
}

export function findFeedOwner(token: string): Promise<User | null> {
  return User.findOne({ where: { calendarFeedTokenHash: feedTokenHash(token), active: true } });
}

/**
 * The feed's content: meetings with a date and deadlines, from last year on. A centre user gets
 * their own centre's; directorate users get every centre's.
 */
export async function calendarFeedFor(user: User, now = new Date()): Promise<string> {
  const from = now.getUTCFullYear() - 1;
  const centre = user.isCentreUser ? { centreId: user.centreId! } : {};
  const include = [{ model: Centre, as: 'centre' }];
  const [meetings, deadlines] = await Promise.all([
    SteeringMeeting.findAll({
      where: { ...centre, year: { [Op.gte]: from }, meetingDate: { [Op.ne]: null } },
      include,
    }),
    Deadline.findAll({
      where: { ...centre, dueDate: { [Op.gte]: `${from}-01-01` }, status: { [Op.ne]: 'cancelled' } },
      include,
    }),
  ]);
  return feedIcs(`Styringsdialog – ${user.name}`, meetings, deadlines);
}
