// Changes to the query string that build on the URL as it is now. react-router's
// setSearchParams(fn) hands fn the parameters of the last render, not of the last navigation:
// two changes before React renders (year, then centre, chosen quickly on a busy machine) would lose
// the first. And it navigates to the path of the page that asks, so a page still on screen while
// the next page's code loads would take the person back. The browser's location already holds
// every navigation made, so changes start there and stay on its path.
import { useCallback } from 'react';
import { useNavigate } from 'react-router';

export function useUrlParamsUpdate() {
  const navigate = useNavigate();
  return useCallback(
    (change: (params: URLSearchParams) => void, options?: { replace?: boolean }) => {
      const next = new URLSearchParams(window.location.search);
      change(next);
      const search = next.toString();
      void navigate({ pathname: window.location.pathname, search: search ? `?${search}` : '' }, options);
    },
    [navigate],
  );
}
