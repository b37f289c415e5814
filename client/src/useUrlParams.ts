// Changes to the query string that build on the URL as it is now. react-router's
// setSearchParams(fn) hands fn the parameters of the last render, not of the last navigation:
// two changes before React renders (year, then centre, chosen quickly on a busy machine) would lose
// the first. The browser's location already holds every navigation made, so changes start there.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function useUrlParamsUpdate() {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (change: (params: URLSearchParams) => void, options?: { replace?: boolean }) => {
      const next = new URLSearchParams(window.location.search);
      change(next);
      setSearchParams(next, options);
    },
    [setSearchParams],
  );
}
