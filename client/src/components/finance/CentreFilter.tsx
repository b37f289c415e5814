// A select of the centres the reader may see, with "all centres" first: the finance pages' filter.
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useI18n } from '../../i18n.js';
import { useAllPages } from '../../usePagedApi.js';
import type { Centre } from '../../types.js';

export function CentreFilter({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  // Every centre, however many: a select must never stop at the API's page of 200.
  const centres = useAllPages<Centre>('/api/centres');
  return (
    <Field className="year-select">
      <Label htmlFor={id}>{t.financeCentre}</Label>
      <Select id={id} value={value} width="auto" onChange={(event) => onChange(event.target.value)}>
        <Select.Option value="">{t.financeAllCentres}</Select.Option>
        {(centres.data?.items ?? []).map((centre) => (
          <Select.Option key={centre.code} value={centre.code}>
            {centre.code} – {centre.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
