import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useI18n } from '../i18n.js';

export function YearSelect({
  value,
  years,
  onChange,
  label,
}: {
  value: number;
  years: number[];
  onChange: (year: number) => void;
  label?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <Field className="year-select">
      <Label htmlFor={id}>{label ?? t.year}</Label>
      <Select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))} width="auto">
        {years.map((year) => (
          <Select.Option key={year} value={year}>
            {year}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** The years a directorate user can pick: the 2009 demo letter up to next year. */
export function yearRange(current: number): number[] {
  const years: number[] = [];
  for (let year = current + 1; year >= 2008; year--) years.push(year);
  return years;
}
