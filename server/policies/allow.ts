// Policies as small rules: allow(Model, actions, rule) registers who may do what; authorize()
// checks a record and narrows null away. A record the actor may not read answers 404, so its
// existence is not revealed; one it may read but not change answers 403.
import { Forbidden, NotFound } from '../errors.js';
import type { User } from '../models/index.js';

export type Action =
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  // letter workflow
  | 'submit'
  | 'approve'
  | 'reopen'
  | 'issue'
  | 'accept'
  // deadline work
  | 'handIn'
  | 'review'
  | 'moveDueDate'
  // steering meetings
  | 'invite'
  | 'proposeAgendaItem'
  | 'manageAgenda'
  | 'writeMinutes'
  | 'approveMinutes';
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

export function authorize<T extends object>(
  actor: User,
  action: Action,
  record: T | null | undefined,
  entity: string,
): asserts record is T {
  if (!record || !can(actor, 'read', record)) {
    // Creating needs no read right on the new record itself.
    if (!(record && action === 'create')) throw NotFound(entity);
  }
  if (action !== 'read' && !can(actor, action, record)) throw Forbidden();
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
