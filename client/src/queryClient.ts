// The client's one cache of API answers (TanStack Query). Pages read through useApi; after a change,
// invalidateApi() marks cached answers stale so every page on screen refetches what it shows.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.js';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A page shows what the cache has at once and asks the server again when it opens, so a
      // change another person made (a hand-in returned, a letter issued) shows without a reload.
      staleTime: 0,
      // A 4xx will not change by asking again; a network failure may.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      refetchOnWindowFocus: true,
    },
  },
});

/** After a change: every cached answer under `prefix` (default: all) is stale and refetched if shown. */
export function invalidateApi(prefix?: string) {
  return queryClient.invalidateQueries(
    prefix
      ? { predicate: (query) => typeof query.queryKey[0] === 'string' && query.queryKey[0].startsWith(prefix) }
      : undefined,
  );
}
