// A benchmark's steps on stderr, so stdout holds only its figures.
export const progress = (step: string) => process.stderr.write(`… ${step}\n`);
