// Orders letter parts as the letter states them: by position, ties in the order they were written.
export const byPosition = <T extends { position: number; id: number }>(a: T, b: T) =>
  a.position - b.position || a.id - b.id;
