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
import { LetterDocument } from './LetterDocument.js';
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
import { OutboxEmail } from './OutboxEmail.js';
import { CaughtEmail } from './CaughtEmail.js';
import { Reminder } from './Reminder.js';
import { DeadlineSubmission } from './DeadlineSubmission.js';
import { StoredFile } from './StoredFile.js';
import { PaymentInstalment } from './PaymentInstalment.js';
import { Disbursement } from './Disbursement.js';
import { AccountsReport } from './AccountsReport.js';
import { SurveyIndicator } from './SurveyIndicator.js';
import { MeetingParticipant } from './MeetingParticipant.js';
import { AgendaItem } from './AgendaItem.js';
import { MeetingMinutes } from './MeetingMinutes.js';
import { ActionItem } from './ActionItem.js';
import { Notification } from './Notification.js';
import { Comment } from './Comment.js';
import { AnnualReport, AnnualReportVersion, ReportAssessment } from './AnnualReport.js';
import { ArchiveCounter } from './ArchiveCounter.js';
import { ArchiveCase } from './ArchiveCase.js';
import { ArchiveEntry } from './ArchiveEntry.js';
import { ArchiveParty } from './ArchiveParty.js';
import { ArchiveDocument } from './ArchiveDocument.js';

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
GrantLetter.belongsTo(User, { as: 'returnedBy', foreignKey: 'returnedById' });
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
GrantLetter.hasOne(LetterDocument, { as: 'document', foreignKey: 'letterId' });
LetterDocument.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });

Assignment.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
Assignment.belongsTo(JointAssignment, { as: 'jointAssignment', foreignKey: 'jointAssignmentId' });
Assignment.belongsTo(Assignment, { as: 'carriedFrom', foreignKey: 'carriedFromId' });
Assignment.belongsTo(Assignment, { as: 'origin', foreignKey: 'originId' });
JointAssignment.hasMany(Assignment, { as: 'assignments', foreignKey: 'jointAssignmentId' });
JointAssignment.belongsTo(User, { as: 'createdBy', foreignKey: 'createdById' });

BudgetLine.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });
BudgetFrame.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
BudgetFrame.belongsTo(BudgetLine, { as: 'budgetLine', foreignKey: 'budgetLineId' });
BudgetFrame.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
BudgetFrame.hasMany(PaymentInstalment, { as: 'instalments', foreignKey: 'budgetFrameId' });
PaymentInstalment.belongsTo(BudgetFrame, { as: 'budgetFrame', foreignKey: 'budgetFrameId' });
BudgetFrame.hasMany(Disbursement, { as: 'disbursements', foreignKey: 'budgetFrameId' });
Disbursement.belongsTo(BudgetFrame, { as: 'budgetFrame', foreignKey: 'budgetFrameId' });
Disbursement.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
Disbursement.belongsTo(User, { as: 'recordedBy', foreignKey: 'recordedById' });
Disbursement.hasOne(Disbursement, { as: 'reversal', foreignKey: 'reversesId' });
AccountsReport.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
AccountsReport.belongsTo(BudgetLine, { as: 'budgetLine', foreignKey: 'budgetLineId' });
AccountsReport.belongsTo(User, { as: 'submittedBy', foreignKey: 'submittedById' });
AccountsReport.belongsTo(User, { as: 'reviewedBy', foreignKey: 'reviewedById' });

Deadline.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
Deadline.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
Deadline.belongsTo(Assignment, { as: 'assignment', foreignKey: 'assignmentId' });
Deadline.belongsTo(SteeringMeeting, { as: 'steeringMeeting', foreignKey: 'steeringMeetingId' });
Deadline.belongsTo(User, { as: 'owner', foreignKey: 'ownerId' });

SteeringMeeting.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
SteeringMeeting.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
SteeringMeeting.hasMany(MeetingParticipant, { as: 'participants', foreignKey: 'steeringMeetingId' });
MeetingParticipant.belongsTo(SteeringMeeting, { as: 'steeringMeeting', foreignKey: 'steeringMeetingId' });
MeetingParticipant.belongsTo(User, { as: 'user', foreignKey: 'userId' });
SteeringMeeting.hasMany(AgendaItem, { as: 'agendaItems', foreignKey: 'steeringMeetingId' });
AgendaItem.belongsTo(SteeringMeeting, { as: 'steeringMeeting', foreignKey: 'steeringMeetingId' });
AgendaItem.belongsTo(User, { as: 'proposedBy', foreignKey: 'proposedById' });
AgendaItem.hasMany(StoredFile, { as: 'files', foreignKey: 'agendaItemId' });
StoredFile.belongsTo(AgendaItem, { as: 'agendaItem', foreignKey: 'agendaItemId' });
SteeringMeeting.hasOne(MeetingMinutes, { as: 'minutes', foreignKey: 'steeringMeetingId' });
MeetingMinutes.belongsTo(SteeringMeeting, { as: 'steeringMeeting', foreignKey: 'steeringMeetingId' });
MeetingMinutes.belongsTo(User, { as: 'directorateApprovedBy', foreignKey: 'directorateApprovedById' });
MeetingMinutes.belongsTo(User, { as: 'centreApprovedBy', foreignKey: 'centreApprovedById' });
MeetingMinutes.hasMany(ActionItem, { as: 'actionItems', foreignKey: 'meetingMinutesId' });
ActionItem.belongsTo(MeetingMinutes, { as: 'minutes', foreignKey: 'meetingMinutesId' });
ActionItem.belongsTo(User, { as: 'owner', foreignKey: 'ownerId' });
ActionItem.belongsTo(Deadline, { as: 'deadline', foreignKey: 'deadlineId' });

ReferenceGroup.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
ReferenceGroup.hasMany(ReferenceGroupMember, { as: 'members', foreignKey: 'referenceGroupId', onDelete: 'CASCADE' });
ReferenceGroupMember.belongsTo(ReferenceGroup, { as: 'referenceGroup', foreignKey: 'referenceGroupId' });
ReferenceGroupMember.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });

AuditEvent.belongsTo(User, { as: 'actor', foreignKey: 'actorId', constraints: false });

OutboxEmail.belongsTo(User, { as: 'toUser', foreignKey: 'toUserId' });

Deadline.hasMany(Reminder, { as: 'reminders', foreignKey: 'deadlineId' });
Reminder.belongsTo(Deadline, { as: 'deadline', foreignKey: 'deadlineId' });
Reminder.belongsTo(User, { as: 'user', foreignKey: 'userId' });
Reminder.belongsTo(OutboxEmail, { as: 'outboxEmail', foreignKey: 'outboxEmailId' });
Deadline.hasMany(DeadlineSubmission, { as: 'submissions', foreignKey: 'deadlineId' });
DeadlineSubmission.belongsTo(Deadline, { as: 'deadline', foreignKey: 'deadlineId' });
DeadlineSubmission.belongsTo(User, { as: 'submittedBy', foreignKey: 'submittedById' });
DeadlineSubmission.belongsTo(User, { as: 'reviewedBy', foreignKey: 'reviewedById' });
DeadlineSubmission.hasMany(StoredFile, { as: 'files', foreignKey: 'submissionId' });
StoredFile.belongsTo(DeadlineSubmission, { as: 'submission', foreignKey: 'submissionId' });
SurveyIndicator.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
Notification.belongsTo(User, { as: 'user', foreignKey: 'userId' });
Notification.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
Notification.belongsTo(OutboxEmail, { as: 'outboxEmail', foreignKey: 'outboxEmailId' });
Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
Comment.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
AnnualReport.belongsTo(Deadline, { as: 'deadline', foreignKey: 'deadlineId' });
AnnualReport.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
AnnualReport.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
AnnualReport.belongsTo(User, { as: 'savedBy', foreignKey: 'savedById' });
AnnualReport.hasMany(AnnualReportVersion, { as: 'versions', foreignKey: 'reportId' });
AnnualReportVersion.belongsTo(AnnualReport, { as: 'report', foreignKey: 'reportId' });
AnnualReportVersion.belongsTo(User, { as: 'submittedBy', foreignKey: 'submittedById' });
AnnualReport.hasMany(ReportAssessment, { as: 'assessments', foreignKey: 'reportId' });
ReportAssessment.belongsTo(AnnualReport, { as: 'report', foreignKey: 'reportId' });
ReportAssessment.belongsTo(User, { as: 'assessedBy', foreignKey: 'assessedById' });

ArchiveCase.belongsTo(Centre, { as: 'centre', foreignKey: 'centreId' });
ArchiveCase.hasMany(ArchiveEntry, { as: 'entries', foreignKey: 'caseId' });
ArchiveEntry.belongsTo(ArchiveCase, { as: 'case', foreignKey: 'caseId' });
ArchiveEntry.belongsTo(GrantLetter, { as: 'letter', foreignKey: 'letterId' });
ArchiveEntry.belongsTo(DeadlineSubmission, { as: 'submission', foreignKey: 'submissionId' });
ArchiveEntry.hasMany(ArchiveParty, { as: 'parties', foreignKey: 'entryId' });
ArchiveEntry.hasMany(ArchiveDocument, { as: 'documents', foreignKey: 'entryId' });

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
  LetterDocument,
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
  OutboxEmail,
  CaughtEmail,
  Reminder,
  DeadlineSubmission,
  StoredFile,
  PaymentInstalment,
  Disbursement,
  AccountsReport,
  SurveyIndicator,
  MeetingParticipant,
  AgendaItem,
  MeetingMinutes,
  ActionItem,
  Notification,
  Comment,
  AnnualReport,
  AnnualReportVersion,
  ReportAssessment,
  ArchiveCounter,
  ArchiveCase,
  ArchiveEntry,
  ArchiveParty,
  ArchiveDocument,
};
