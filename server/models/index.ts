// Every model, with its associations wired in one place so model files need not import each other.
import { Organisation } from './Organisation.js';
import { Centre } from './Centre.js';
import { CentreTeam } from './CentreTeam.js';
import { User } from './User.js';
import { GrantLetter } from './GrantLetter.js';
import { LetterSection } from './LetterSection.js';
import { LetterSignatory } from './LetterSignatory.js';
import { LetterCopyRecipient } from './LetterCopyRecipient.js';
import { LetterApproval } from './LetterApproval.js';
import { PriorityArea } from './PriorityArea.js';
import { Assignment } from './Assignment.js';
import { JointAssignment } from './JointAssignment.js';
import { BudgetLine } from './BudgetLine.js';
import { BudgetFrame } from './BudgetFrame.js';
import { Deadline } from './Deadline.js';
import { SteeringMeeting } from './SteeringMeeting.js';
import { ReferenceGroup } from './ReferenceGroup.js';
import { ReferenceGroupMember } from './ReferenceGroupMember.js';
import { AuditEvent } from './AuditEvent.js';
import { SurveyIndicator } from './SurveyIndicator.js';

// associations
Centre.belongsTo(Organisation, { as: 'hostOrganisation', foreignKey: 'hostOrganisationId' });
Centre.hasMany(CentreTeam, { as: 'teams', foreignKey: 'centreId' });
CentreTeam.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });

User.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });

GrantLetter.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
GrantLetter.belongsTo(GrantLetter, { as: 'parent', foreignKey: 'parentId' });
GrantLetter.hasMany(GrantLetter, { as: 'supplements', foreignKey: 'parentId' });
GrantLetter.belongsTo(Organisation, { as: 'senderOrganisation', foreignKey: 'senderOrganisationId' });
GrantLetter.belongsTo(User, { as: 'createdBy', foreignKey: 'createdById' });
GrantLetter.belongsTo(User, { as: 'acceptedBy', foreignKey: 'acceptedById' });
GrantLetter.hasMany(LetterSection, { as: 'sections', foreignKey: 'letterId' });
LetterSection.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
GrantLetter.hasMany(LetterSignatory, { as: 'signatories', foreignKey: 'letterId' });
LetterSignatory.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
GrantLetter.hasMany(LetterCopyRecipient, { as: 'copyRecipients', foreignKey: 'letterId' });
LetterCopyRecipient.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
GrantLetter.hasMany(LetterApproval, { as: 'approvals', foreignKey: 'letterId' });
LetterApproval.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
GrantLetter.hasMany(PriorityArea, { as: 'priorityAreas', foreignKey: 'letterId' });
PriorityArea.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
GrantLetter.hasMany(Assignment, { as: 'assignments', foreignKey: 'letterId' });
Assignment.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
LetterCopyRecipient.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });
LetterApproval.belongsTo(User, { as: 'user', foreignKey: 'userId' });

Assignment.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
Assignment.belongsTo(JointAssignment, { as: 'jointAssignment', foreignKey: 'jointAssignmentId' });
JointAssignment.hasMany(Assignment, { as: 'assignments', foreignKey: 'jointAssignmentId' });
JointAssignment.belongsTo(User, { as: 'createdBy', foreignKey: 'createdById' });

BudgetLine.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });
BudgetFrame.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
BudgetFrame.belongsTo(BudgetLine, { as: 'budgetLine', foreignKey: 'budgetLineId' });
BudgetFrame.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });

Deadline.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
Deadline.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
Deadline.belongsTo(Assignment, { as: 'assignment', foreignKey: 'assignmentId' });
Deadline.belongsTo(SteeringMeeting, { as: 'steeringMeeting', foreignKey: 'steeringMeetingId' });

SteeringMeeting.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
SteeringMeeting.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });

ReferenceGroup.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
ReferenceGroup.hasMany(ReferenceGroupMember, { as: 'members', foreignKey: 'referenceGroupId', onDelete: 'CASCADE' });
ReferenceGroupMember.belongsTo(ReferenceGroup, { as: 'referenceGroup', foreignKey: 'referenceGroupId' });
ReferenceGroupMember.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });

AuditEvent.belongsTo(User, { as: 'actor', foreignKey: 'actorId', constraints: false });

SurveyIndicator.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });

export {
  Organisation,
  Centre,
  CentreTeam,
  User,
  GrantLetter,
  LetterSection,
  LetterSignatory,
  LetterCopyRecipient,
  LetterApproval,
  PriorityArea,
  Assignment,
  JointAssignment,
  BudgetLine,
  BudgetFrame,
  Deadline,
  SteeringMeeting,
  ReferenceGroup,
  ReferenceGroupMember,
  AuditEvent,
  SurveyIndicator,
};
