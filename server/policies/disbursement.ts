import { Disbursement, PaymentInstalment } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

// Only finance officers write money; a centre reads what it has been paid and is to be paid.
allow(Disbursement, ['read'], (actor, payment) => isDirectorate(actor) || ownsCentre(actor, payment.centreId));
allow(Disbursement, ['create', 'delete'], (actor) => actor.hasRole('finance'));
// The route loads `budgetFrame` with an instalment.
allow(
  PaymentInstalment,
  ['read'],
  (actor, instalment) => isDirectorate(actor) || ownsCentre(actor, instalment.budgetFrame?.centreId),
);
allow(PaymentInstalment, ['create', 'update', 'delete'], (actor) => actor.hasRole('finance'));
