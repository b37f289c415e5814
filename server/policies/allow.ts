// Policies as small rules: allow(Model, actions, rule) registers who may do what; authorize()
// checks a record and narrows null away. A record the actor may not read answers 404, so its
// existence is not revealed; one it may read but not change answers 403.
//
// Creating is asked of the parent the new record will belong to, as Outline's
// allow(User, "createDocument", Team) does: a centre (createLetter), a letter (createAssignment),
// a budget frame (createDisbursement), or the System for what belongs to no centre (users, centres,
// budget lines) and for work on no one record (the audit trail, the outbox, bulk jobs). So a parent
// the actor may not read answers 404, and no half-built record stands in for the new one.
import type { EntityName } from '../i18n/entityNames.js';
import type { Text } from '../errors.js';
import { Forbidden, NotFound } from '../errors.js';
import type { User } from '../models/index.js';

/** The application as a whole: the parent of records without a centre, and of system-wide work. */
export class System {
  readonly name = 'system';
}
/** The one System there is. */
export const system = new System();

export type Action =
  | 'read'
  | 'update'
  | 'delete'
  // letter workflow
  | 'submit'
  | 'approve'
  | 'reopen'
  | 'issue'
  | 'accept'
  // deadline work; accounts review
  | 'handIn'
  | 'review'
  | 'moveDueDate'
  // steering meetings
  | 'invite'
  | 'attend'
  | 'proposeAgendaItem'
  | 'manageAgenda'
  | 'writeMinutes'
  | 'approveMinutes'
  // on a centre: what is created for it
  | 'createLetter'
  | 'createDeadline'
  | 'createSteeringMeeting'
  | 'createBudgetFrame'
  | 'createAccountsReport'
  // on a letter
  | 'createAssignment'
  // on a budget frame
  | 'createDisbursement'
  | 'planPayments'
  // on a disbursement
  | 'reverse'
  // on a letter, an assignment, a deadline or an agenda item: the steering dialogue's threads
  | 'comment'
  | 'commentInternally'
  // on a structured report
  | 'assess'
  | 'readAssessments'
  // on the System
  | 'createUser'
  | 'listUsers'
  | 'createCentre'
  | 'createOrganisation'
  | 'createBudgetLine'
  | 'importBudgetFrames'
  | 'copyBudgetFrames'
  | 'importIndicators'
  | 'createJointAssignment'
  | 'listJointAssignments'
  | 'readAuditTrail'
  | 'exportArchive'
  | 'manageOutbox'
  | 'runBulkLetterJobs'
  | 'manageQueues'
  // on the System: the kinds of work a user's screens offer (menus, home page, buttons)
  | 'draftLetters'
  | 'approveLetters'
  | 'readCentreOverview'
  | 'readResults'
  | 'listSteeringMeetings'
  | 'manageBudgetFrames';
type Rule<T> = (actor: User, record: T) => boolean;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ModelClass<T> = abstract new (...args: any[]) => T;

const rules = new Map<unknown, Map<Action, Rule<never>[]>>();

export function allow<T>(model: ModelClass<T>, actions: Action[], rule: Rule<T>) {
  const byAction = rules.get(model) ?? new Map<Action, Rule<never>[]>();
  for (const action of actions) byAction.set(action, [...(byAction.get(action) ?? []), rule]);
  rules.set(model, byAction);
}

export function can<T extends object>(actor: User, action: Action, record: T): boolean {
  const byAction = rules.get(record.constructor);
  if (!byAction) throw new Error(`No policy for ${record.constructor.name}`);
  return (byAction.get(action) ?? []).some((rule) => (rule as Rule<T>)(actor, record));
}

/**
 * Throws 404 when the actor may not read the record (or there is none), 403 when it may read it but
 * not take the action; `detail` says who may, for the 403.
 */
export function authorize<T extends object>(
  actor: User,
  action: Action,
  record: T | null | undefined,
  entity: EntityName,
  detail?: Text,
): asserts record is T {
  if (!record || !can(actor, 'read', record)) throw NotFound(entity);
  if (action !== 'read' && !can(actor, action, record)) throw Forbidden(detail);
}

/** Every model (or System) with the actions it has rules for: the policy matrix test walks them. */
export function registeredActions(): { model: ModelClass<object>; actions: Action[] }[] {
  return [...rules].map(([model, byAction]) => ({
    model: model as ModelClass<object>,
    actions: [...byAction.keys()],
  }));
}

/** Named abilities on one record, for the items of a list: { action: may } for each action given. */
export function abilitiesFor<T extends object, A extends Action>(actor: User, record: T, actions: readonly A[]) {
  return Object.fromEntries(actions.map((action) => [action, can(actor, action, record)])) as Record<A, boolean>;
}

/** What the caller may do with a record, so the client can hide what it may not. */
export function abilitiesOf<T extends object>(actor: User, record: T) {
  return { update: can(actor, 'update', record), delete: can(actor, 'delete', record) };
}

// Shared conditions
export const isDirectorate = (actor: User) => !actor.isCentreUser;
export const ownsCentre = (actor: User, centreId: number | null | undefined) =>
  actor.isCentreUser && centreId !== null && centreId !== undefined && actor.centreId === centreId;

/** For lists: the centre a centre user is confined to, or undefined for directorate users. */
export const confinedCentreId = (actor: User): number | undefined => actor.centreId ?? undefined;
