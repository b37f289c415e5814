// Registers every model's rules (one file per model) and exposes the checks.
import './centre.js';
import './organisation.js';
import './user.js';
import './grantLetter.js';
import './assignment.js';
import './jointAssignment.js';
import './budgetFrame.js';
import './deadline.js';
import './steeringMeeting.js';
import './auditEvent.js';
import './disbursement.js';
import './accountsReport.js';
import './surveyIndicator.js';
import './system.js';
import './archive.js';
import './comment.js';
import './annualReport.js';

export { authorize, can, abilitiesOf, abilitiesFor, confinedCentreId, system } from './allow.js';
export type { Action } from './allow.js';
export { systemAbilities, systemAbilityNames } from './system.js';
export { refusedForItsDeadline } from './annualReport.js';
