// The fault suite runs in a database and Redis prefix of its own (…_faults), so the worker
// processes it breaks never meet the main suite's rows or jobs. Loaded before test/setup/env.ts.
process.env.TEST_INSTANCE = `${process.env.TEST_INSTANCE ?? ''}faults`;
