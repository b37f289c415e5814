import { BudgetFrame, BudgetLine, Centre } from '../models/index.js';
import { allow, isDirectorate, ownsCentre, System } from './allow.js';

// Only finance officers write money.
allow(BudgetFrame, ['read'], (actor, frame) => isDirectorate(actor) || ownsCentre(actor, frame.centreId));
allow(Centre, ['createBudgetFrame'], (actor) => actor.hasRole('finance'));
allow(System, ['importBudgetFrames', 'copyBudgetFrames'], (actor) => actor.hasRole('finance'));
allow(BudgetFrame, ['update', 'delete'], (actor) => actor.hasRole('finance'));
// The finance overview's editing: frame amounts in place and payments.
allow(System, ['manageBudgetFrames'], (actor) => actor.hasRole('finance'));
allow(BudgetLine, ['read'], () => true);
allow(System, ['createBudgetLine'], (actor) => actor.hasRole('finance'));
allow(BudgetLine, ['update'], (actor) => actor.hasRole('finance'));
