import { BudgetFrame, BudgetLine } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

// Only finance officers write money.
allow(BudgetFrame, ['read'], (actor, frame) => isDirectorate(actor) || ownsCentre(actor, frame.centreId));
allow(BudgetFrame, ['create', 'update', 'delete'], (actor) => actor.hasRole('finance'));
allow(BudgetLine, ['read'], () => true);
allow(BudgetLine, ['create', 'update', 'delete'], (actor) => actor.hasRole('finance'));
