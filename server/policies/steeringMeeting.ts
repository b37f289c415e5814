import { SteeringMeeting } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

allow(SteeringMeeting, ['read'], (actor, meeting) => isDirectorate(actor) || ownsCentre(actor, meeting.centreId));
allow(SteeringMeeting, ['create', 'update', 'delete'], (actor) => actor.hasRole('case_officer'));
