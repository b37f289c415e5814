// Test factories: each builds one record straight in the database and creates the parents it is
// not given (a frame gets a centre, a budget line and, when asked, a letter), with unique codes, so
// a test owns its centre and year instead of leaning on the seeded centre/year pairs that other
// tests may also touch. Pass a parent to share it: makeFrame({ centre }) puts the frame on that centre.
import * as argon2 from '@node-rs/argon2';
import { env } from '../../server/env.js';
import {
  Assignment,
  BudgetFrame,
  BudgetLine,
  Centre,
  Deadline,
  GrantLetter,
  LetterSection,
  SteeringMeeting,
  User,
} from '../../server/models/index.js';
import type { Role } from '../../server/models/User.js';
import type { DeadlineKind } from '../../server/models/deadlineKinds.js';
import type { LetterStatus } from '../../server/models/GrantLetter.js';
import type { MeetingStatus } from '../../server/models/SteeringMeeting.js';
import { Client } from './http.js';

let counter = 0;
const run = `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`.toUpperCase();

/** A code no other record of this run or an earlier one has: "F-<run>-<n>", at most 40 characters. */
export function uniqueCode(prefix = 'F'): string {
  counter += 1;
  return `${prefix}-${run}-${counter}`.slice(0, 40);
}

export const thisYear = () => new Date().getFullYear();

export async function makeCentre(attributes: Partial<{ code: string; name: string; active: boolean }> = {}) {
  const code = attributes.code ?? uniqueCode('SENTER');
  return Centre.create({
    code,
    name: attributes.name ?? `Testsenter ${code}`,
    group: null,
    scope: 'national',
    hostOrganisationId: null,
    city: null,
    address: null,
    established: null,
    staffApprox: null,
    note: null,
    ...(attributes.active === undefined ? {} : { active: attributes.active }),
  });
}

/** The budget line for year/chapter/item, created unless it exists (lines are shared by every centre). */
export async function makeBudgetLine({ year = thisYear(), chapter = 743, item = 62 } = {}) {
  const [line] = await BudgetLine.findOrCreate({
    where: { year, chapter, item },
    defaults: { year, chapter, item, name: `Kap. ${chapter} post ${item}`, organisationId: null },
  });
  return line;
}

export interface LetterOptions {
  centre?: Centre;
  year?: number;
  kind?: 'main' | 'supplement';
  parent?: GrantLetter;
  status?: LetterStatus;
  /** Issued letters only: accepted by the centre (default true for issued letters). */
  accepted?: boolean;
  /** How many sections to add (heading "Del 1" …). */
  sections?: number;
  /** How many assignments to add (title "Oppdrag 1" …). */
  assignments?: number;
}

/** A letter with its centre, and the sections and assignments asked for. */
export async function makeLetter(options: LetterOptions = {}) {
  const centre = options.centre ?? options.parent?.centre ?? (await makeCentre());
  const year = options.year ?? options.parent?.year ?? thisYear();
  const status = options.status ?? 'draft';
  const kind = options.kind ?? (options.parent ? 'supplement' : 'main');
  const letter = await GrantLetter.create({
    centreId: centre.id,
    year,
    kind,
    parentId: options.parent?.id ?? null,
    referenceNumber: status === 'issued' ? uniqueCode(`${year}`) : null,
    status,
    title: `Tilskudd ${year} – ${centre.code}`,
    letterDate: status === 'issued' ? `${year}-01-20` : null,
    senderOrganisationId: null,
    createdById: null,
    issuedAt: status === 'issued' ? new Date() : null,
    acceptedAt: status === 'issued' && (options.accepted ?? true) ? new Date() : null,
  });
  letter.centre = centre;
  for (let position = 1; position <= (options.sections ?? 0); position++)
    await LetterSection.create({
      letterId: letter.id,
      position,
      heading: `Del ${position}`,
      body: `Tekst ${position}`,
    });
  for (let rank = 1; rank <= (options.assignments ?? 0); rank++)
    await Assignment.create({
      letterId: letter.id,
      centreId: centre.id,
      jointAssignmentId: null,
      rank,
      title: `Oppdrag ${rank}`,
      description: null,
      deadlineDate: `${year}-12-01`,
    });
  return letter;
}

export interface FrameOptions {
  centre?: Centre;
  year?: number;
  amountOre?: number;
  chapter?: number;
  item?: number;
  /** Give the frame an issued main letter of its centre and year (accepted unless `accepted: false`). */
  letter?: boolean | GrantLetter;
  accepted?: boolean;
}

/** A budget frame with its centre, its budget line and, when asked, the year's issued letter. */
export async function makeFrame(options: FrameOptions = {}) {
  const centre = options.centre ?? (await makeCentre());
  const year = options.year ?? thisYear();
  const line = await makeBudgetLine({ year, chapter: options.chapter, item: options.item });
  const letter =
    options.letter instanceof GrantLetter
      ? options.letter
      : options.letter
        ? await makeLetter({ centre, year, status: 'issued', accepted: options.accepted ?? true })
        : null;
  const frame = await BudgetFrame.create({
    centreId: centre.id,
    year,
    budgetLineId: line.id,
    amountOre: options.amountOre ?? 1_000_000_00,
    letterId: letter?.id ?? null,
    note: null,
  });
  frame.centre = centre;
  frame.budgetLine = line;
  return { frame, centre, line, letter };
}

export interface DeadlineOptions {
  centre?: Centre;
  letter?: GrantLetter;
  kind?: DeadlineKind;
  title?: string;
  dueDate?: string;
  year?: number;
  status?: Deadline['status'];
}

/** A deadline with its centre (the letter's centre when a letter is given). */
export async function makeDeadline(options: DeadlineOptions = {}) {
  const centre = options.centre ?? options.letter?.centre ?? (await makeCentre());
  const dueDate = options.dueDate ?? `${options.year ?? thisYear()}-09-01`;
  const deadline = await Deadline.create({
    centreId: centre.id,
    year: options.year ?? Number(dueDate.slice(0, 4)),
    kind: options.kind ?? 'custom',
    title: options.title ?? `Frist ${uniqueCode('D')}`,
    dueDate,
    periodYear: null,
    letterId: options.letter?.id ?? null,
    assignmentId: null,
    steeringMeetingId: null,
    ...(options.status ? { status: options.status } : {}),
  });
  deadline.centre = centre;
  return deadline;
}

export interface MeetingOptions {
  centre?: Centre;
  letter?: GrantLetter;
  year?: number;
  meetingDate?: string | null;
  status?: MeetingStatus;
}

/** A steering meeting with its centre, the next in sequence for that centre and year. */
export async function makeMeeting(options: MeetingOptions = {}) {
  const centre = options.centre ?? options.letter?.centre ?? (await makeCentre());
  const year = options.year ?? options.letter?.year ?? thisYear();
  const sequence = (await SteeringMeeting.count({ where: { centreId: centre.id, year } })) + 1;
  const meetingDate = options.meetingDate === undefined ? `${year}-10-15` : options.meetingDate;
  const meeting = await SteeringMeeting.create({
    centreId: centre.id,
    year,
    sequence,
    meetingDate,
    plannedMonth: meetingDate ? Number(meetingDate.slice(5, 7)) : 10,
    status: options.status ?? (meetingDate ? 'scheduled' : 'planned'),
    location: null,
    letterId: options.letter?.id ?? null,
  });
  meeting.centre = centre;
  return meeting;
}

let passwordHash: Promise<string> | undefined;

/** A user of one role with a unique e-mail; centre roles get a centre (a new one unless given). */
export async function makeUser(role: Role, options: { centre?: Centre; name?: string } = {}) {
  const centreRole = role === 'centre_leader' || role === 'centre_staff';
  const centre = centreRole ? (options.centre ?? (await makeCentre())) : null;
  passwordHash ??= argon2.hash(env.DEMO_PASSWORD);
  const user = await User.create({
    email: `${uniqueCode(role).toLowerCase()}@factory.example`,
    name: options.name ?? `Test ${role}`,
    title: null,
    passwordHash: await passwordHash,
    roles: [role],
    centreId: centre?.id ?? null,
    lastLoginAt: null,
  });
  user.centre = centre;
  return user;
}

/** A client logged in as a factory user (the demo password). */
export async function loginAs(user: User): Promise<Client> {
  const client = new Client();
  const reply = await client.post('/api/auth/login', { email: user.email, password: env.DEMO_PASSWORD });
  if (reply.status !== 200)
    throw new Error(`login as ${user.email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return client;
}
