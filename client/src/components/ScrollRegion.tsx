import type { ReactNode } from 'react';

/** A wide table scrolls sideways on a narrow screen instead of the page; it can take focus to scroll by keyboard. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
