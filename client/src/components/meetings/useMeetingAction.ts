// One place for the meeting page's buttons and forms: call the API, then tell the page (and screen
// readers, by moving focus to the message) what happened, or show the problem.
import { useEffect, useRef, useState } from 'react';
import { asApiError } from '../../api.js';
import type { ApiError } from '../../api.js';

export function useMeetingAction(reload: () => void) {
  const [done, setDone] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const run = async (call: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      await call();
      setDone(message);
      reload();
      return true;
    } catch (problem) {
      setError(asApiError(problem));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { done, error, busy, run, doneRef };
}

export type MeetingAction = ReturnType<typeof useMeetingAction>;
