// Loads one API resource for a component: data, loading and error, and reload() after a change.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './api.js';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** `path` null means "nothing to load yet". */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: path !== null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    api<T>(path)
      .then((data) => current && setState({ data, loading: false }))
      .catch((error: unknown) => {
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'network', undefined);
        if (current) setState({ error: apiError, loading: false });
      });
    return () => {
      current = false;
    };
  }, [path, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** Sets the document title, so screen reader users and tabs know where they are. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Styringsdialog`;
  }, [title]);
}
