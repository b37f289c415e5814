// The finance pages' year and centre: kept in the URL (?year=&centre=) so a link (a task in Mine
// oppgaver) opens the right list and back/forward work; choosing either goes back to page 1.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { YearSelect, yearRange } from '../YearSelect.js';
import { CentreFilter } from './CentreFilter.js';
import { useUrlParamsUpdate } from '../../useUrlParams.js';
import { currentYear } from '../../format.js';

export interface FinanceFilterState {
  year: number;
  centre: string;
  setYear: (year: number) => void;
  setCentre: (code: string) => void;
}

export function useFinanceFilters(defaultYear: number): FinanceFilterState {
  const [params] = useSearchParams();
  const update = useUrlParamsUpdate();
  const change = useCallback(
    (name: 'year' | 'centre', value: string) =>
      update((next) => {
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('page');
      }),
    [update],
  );
  return {
    year: Number(params.get('year')) || defaultYear,
    centre: params.get('centre') ?? '',
    setYear: (year) => change('year', String(year)),
    setCentre: (code) => change('centre', code),
  };
}

export function FinanceFilters({ filters }: { filters: FinanceFilterState }) {
  return (
    <div className="filters">
      <YearSelect value={filters.year} years={yearRange(currentYear())} onChange={filters.setYear} />
      <CentreFilter value={filters.centre} onChange={filters.setCentre} />
    </div>
  );
}
