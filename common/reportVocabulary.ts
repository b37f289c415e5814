// The words a structured report is written in, shared by the server (validation, models) and the
// web client (the form's lists): assignment statuses the centre reports, the survey's activity
// channels in the order the form lists them, and the directorate's levels of goal achievement.
export const reportAssignmentStatuses = ['not_started', 'in_progress', 'delivered', 'completed', 'postponed'] as const;

export const activityChannels = [
  'course',
  'elearning',
  'articles',
  'programme',
  'web',
  'phone',
  'collaboration',
  'other',
] as const;

export const achievements = ['achieved', 'partly_achieved', 'not_achieved', 'not_assessable'] as const;
