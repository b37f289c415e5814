// Paging through the API's lists ({ items, page, pageSize, total }, at most 200 a page):
// usePagedApi for a list a person reads, one page at a time with the page number in the URL (so
// back/forward and a shared link keep it); useAllPages for what needs every row (a select, a chart,
// a table of totals): it reads page after page until it has them all, never cutting at 200.
import { useCallback, useEffect } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useUrlParamsUpdate } from './useUrlParams.js';
import type { ApiError } from './api.js';
import { api, asApiError } from './api.js';
import type { Loaded } from './useApi.js';
import { invalidateApi } from './queryClient.js';
import type { Page } from './types.js';

/** The most rows the API gives in one page. */
export const maxPageSize = 200;

/** `path` with page and pageSize added to its query string. */
export function withPage(path: string, page: number, pageSize: number): string {
  const [base, search = ''] = path.split('?', 2) as [string, string?];
  const params = new URLSearchParams(search);
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return `${base}?${params.toString()}`;
}

export interface Paged<T> extends Loaded<Page<T>> {
  page: number;
  pageSize: number;
  /** Goes to another page (a new history entry, so back returns). */
  setPage: (page: number) => void;
}

/**
 * One page of a list; `param` names the page in the URL's search params (a page with two paged
 * lists gives each its own). `path` null: nothing to load yet.
 */
export function usePagedApi<T>(path: string | null, options: { param?: string; pageSize?: number } = {}): Paged<T> {
  const param = options.param ?? 'page';
  const pageSize = options.pageSize ?? 50;
  const [searchParams] = useSearchParams();
  const update = useUrlParamsUpdate();
  const asked = Number(searchParams.get(param));
  const page = Number.isInteger(asked) && asked >= 1 ? asked : 1;
  const key = path === null ? null : withPage(path, page, pageSize);
  // The page on screen stays while the next one loads, so the pager keeps its place and focus.
  const query = useQuery<Page<T>, ApiError>({
    queryKey: [key],
    queryFn: ({ signal }) =>
      api<Page<T>>(key!, { signal }).catch((error: unknown) => Promise.reject(asApiError(error))),
    enabled: key !== null,
    placeholderData: keepPreviousData,
  });
  const reload = useCallback(() => void invalidateApi(), []);
  const goTo = useCallback(
    (next: number, replace: boolean) =>
      update(
        (params) => {
          if (next <= 1) params.delete(param);
          else params.set(param, String(next));
        },
        { replace },
      ),
    [param, update],
  );
  const setPage = useCallback((next: number) => goTo(next, false), [goTo]);
  // A page past the end (an old link, rows gone since): show the last page instead.
  const total = query.isPlaceholderData ? undefined : query.data?.total;
  const lastPage = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize));
  useEffect(() => {
    if (lastPage !== undefined && page > lastPage) goTo(lastPage, true);
  }, [lastPage, page, goTo]);
  return {
    data: query.data,
    error: query.error ?? undefined,
    loading: key !== null && query.isFetching,
    reload,
    page,
    pageSize,
    setPage,
  };
}

/** Sends the lists named by `params` back to their first page (e.g. when the year changes), in one step. */
export function useFirstPages(params: string[]) {
  const update = useUrlParamsUpdate();
  const names = params.join(',');
  return useCallback(
    () =>
      update((next) => {
        for (const name of names.split(',')) next.delete(name);
      }),
    [names, update],
  );
}

/** Reads every page of a list: the first, then the rest side by side. */
export async function fetchAllPages<T>(path: string, signal?: AbortSignal): Promise<Page<T>> {
  const first = await api<Page<T>>(withPage(path, 1, maxPageSize), { signal });
  const pages = Math.ceil(first.total / maxPageSize);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) =>
      api<Page<T>>(withPage(path, i + 2, maxPageSize), { signal }),
    ),
  );
  const items = [first, ...rest].flatMap((page) => page.items);
  return { items, page: 1, pageSize: items.length, total: first.total };
}

/** Every row of a list (for selects, charts and totals), through the shared cache; `path` null: not yet. */
export function useAllPages<T>(path: string | null): Loaded<Page<T>> {
  const query = useQuery<Page<T>, ApiError>({
    // The path first, so invalidateApi(prefix) finds it like any other answer.
    queryKey: [path, 'all pages'],
    queryFn: ({ signal }) =>
      fetchAllPages<T>(path!, signal).catch((error: unknown) => Promise.reject(asApiError(error))),
    enabled: path !== null,
  });
  const reload = useCallback(() => void invalidateApi(), []);
  return { data: query.data, error: query.error ?? undefined, loading: path !== null && query.isFetching, reload };
}
