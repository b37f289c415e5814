// Loads one API resource for a component through the shared query cache: data, loading and error,
// and reload() after a change (which also marks every other cached answer stale).
import { useCallback, useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ApiError } from './api.js';
import { api, asApiError } from './api.js';
import { invalidateApi } from './queryClient.js';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** `path` null means "nothing to load yet". The path is the cache key. */
export function useApi<T>(path: string | null): Loaded<T> {
  const query = useQuery<T, ApiError>({
    queryKey: [path],
    queryFn: ({ signal }) => api<T>(path!, { signal }).catch((error: unknown) => Promise.reject(asApiError(error))),
    enabled: path !== null,
  });
  // A change on this page may change what other pages show (a letter's status, a centre's totals).
  const reload = useCallback(() => void invalidateApi(), []);
  return {
    data: query.data,
    error: query.error ?? undefined,
    loading: path !== null && query.isFetching,
    reload,
  };
}

/** Sets the document title, so screen reader users and tabs know where they are. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Styringsdialog`;
  }, [title]);
}
