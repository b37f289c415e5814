// The kinds of deadline, apart from the model so settings can name them without loading the database layer.
export const deadlineKinds = ['plan', 'accounts', 'report', 'assignment', 'meeting', 'action', 'custom'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];
