// Saves what is typed a moment after the last change (and at once on flush: a field left, the report
// submitted), one save at a time, so the server always ends with the latest text. The state says
// what a polite live region reads: saving, saved at, or not saved with the server's problem.
import { useCallback, useEffect, useRef, useState } from 'react';
import { asApiError } from '../../api.js';
import type { ApiError } from '../../api.js';

export type AutosaveState =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed'; error: ApiError };

export function useAutosave<T>(save: (value: T) => Promise<{ savedAt: string | null }>, delayMs = 1500) {
  const [status, setStatus] = useState<AutosaveState>({ state: 'idle' });
  const latest = useRef<T | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef(save);
  saveRef.current = save;

  /** Saves any unsaved change now; resolves true when nothing is left unsaved. */
  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    running.current = running.current.then(async () => {
      if (!dirty.current || latest.current === null) return true;
      dirty.current = false;
      setStatus({ state: 'saving' });
      try {
        const saved = await saveRef.current(latest.current);
        // Typed meanwhile: not saving now, and not all saved either; the next save follows.
        setStatus(
          dirty.current ? { state: 'idle' } : { state: 'saved', at: saved.savedAt ?? new Date().toISOString() },
        );
        return !dirty.current;
      } catch (error) {
        dirty.current = true; // kept for the next try
        setStatus({ state: 'failed', error: asApiError(error) });
        return false;
      }
    });
    return running.current;
  }, []);

  const changed = useCallback(
    (value: T) => {
      latest.current = value;
      dirty.current = true;
      // "Saved at" no longer holds once something new is typed; a failure stays until a save succeeds.
      setStatus((current) => (current.state === 'saved' ? { state: 'idle' } : current));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  // Leaving the page saves what is still unsaved.
  useEffect(() => () => void flush(), [flush]);

  return { status, changed, flush };
}
