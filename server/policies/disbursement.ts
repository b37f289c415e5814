import { BudgetFrame, Disbursement } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

// Only finance officers write money: payments on a frame, and the frame's payment plan; a centre
// reads what it has been paid and is to be paid.
allow(Disbursement, ['read'], (actor, payment) => isDirectorate(actor) || ownsCentre(actor, payment.centreId));
allow(BudgetFrame, ['createDisbursement', 'planPayments'], (actor) => actor.hasRole('finance'));
allow(Disbursement, ['delete'], (actor) => actor.hasRole('finance'));
// A payment in error is reversed by a reversing entry (the command refuses a reversal or a reversed one).
allow(Disbursement, ['reverse'], (actor) => actor.hasRole('finance'));
