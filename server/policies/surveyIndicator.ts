import { SurveyIndicator } from '../models/index.js';
import { allow, isDirectorate, ownsCentre, System } from './allow.js';

// The directorate reads every centre's figures; a centre user its own centre's, and its group's
// where the survey names the group (KORUS, RVTS) — which needs actor.centre loaded.
allow(
  SurveyIndicator,
  ['read'],
  (actor, indicator) =>
    isDirectorate(actor) ||
    ownsCentre(actor, indicator.centreId) ||
    (actor.isCentreUser && indicator.centreGroup !== null && actor.centre?.group === indicator.centreGroup),
);
// Case officers import new survey years; admins may correct them by importing the year again.
allow(System, ['importIndicators'], (actor) => actor.hasRole('case_officer', 'admin'));
