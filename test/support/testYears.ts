// Years owned by one test file each. A year-wide action (a bulk issue of every approved letter of a
// year, a centre's two meetings planned when its letter is issued) in one file must not meet another
// file's letters, whatever order the files run in. Take a new year here rather than reuse one.
export const testYears = {
  /** bulk.test.ts: issues and renders every letter of the year. */
  bulkJobs: 2081,
  /** tasks.test.ts: a NAPHA letter of a later year in review. */
  laterYearTask: 2082,
  /** archive/journal.test.ts: NAPHA and KORUS-MIDT letters issued at once (which plans their meetings). */
  journalIssue: 2083,
  /** scaleOut.test.ts: a letter issued through one of two API processes. */
  scaleOut: 2084,
  /** archive/extract.test.ts: a letter issued, accepted and handed in against, then the year's extract. */
  archiveExtract: 2085,
  /** reports.test.ts: a letter of the year reported on, and the report deadline the year after. */
  reports: 2088,
  /** results.test.ts: the results portfolio of one year (it reads every report of the year). */
  results: 2090,
  /** client/results.test.ts: the results page of one year. */
  resultsPage: 2093,
  /**
   * longTermAssignments.test.ts: assignments running 2086–2087 at centres of its own, carried from
   * the 2086 letters into the 2087 ones (so 2087 is taken too).
   */
  longTermAssignments: 2086,
  /** client/reports.test.ts: the same walk in the browser, on a letter of this year. */
  reportsClient: 2089,
  /** budgetFrameList.test.ts: the frames list, filtered by year and budget line (2092 is taken too, as the year after). */
  budgetFrameList: 2091,
  /** availability.test.ts: a bulk job refused and a letter issued while the job queue's Redis is down. */
  availability: 2094,
  /** shutdown.test.ts: a bulk issue of every approved letter of the year, stopped by SIGTERM. */
  shutdown: 2095,
} as const;
