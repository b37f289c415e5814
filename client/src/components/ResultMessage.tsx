// The result of an action, shown on the page where the action was, with focus moved to it (so a
// screen reader reads it and the keyboard goes on from there, never from <body>).
import { Alert } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef, useState } from 'react';

export function useResultMessage() {
  const [result, setResult] = useState<{ text: string; key: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) ref.current?.focus();
  }, [result]);
  const show = useCallback((text: string) => setResult({ text, key: Date.now() }), []);
  const clear = useCallback(() => setResult(null), []);
  return { result, ref, show, clear };
}

export type ResultMessageState = ReturnType<typeof useResultMessage>;

export function ResultMessage({ state, testId }: { state: ResultMessageState; testId?: string }) {
  if (!state.result) return null;
  return (
    <Alert key={state.result.key} data-color="success" role="status" ref={state.ref} tabIndex={-1} data-testid={testId}>
      {state.result.text}
    </Alert>
  );
}
