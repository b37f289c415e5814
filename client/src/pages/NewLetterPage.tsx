// A new main letter for a centre and year (case officer): start from the centre's previous letter
// (its priority areas, recurring sections and signatories, with the open assignments chosen to carry
// over), from the standard template, or blank. Lands on the new draft.
import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { fieldMessage, query } from '../api.js';
import { Async, ErrorState } from '../components/States.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { currentYear, formatDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import { useCreateLetter } from '../useCreateLetter.js';
import { useAllPages } from '../usePagedApi.js';
import type { Centre, DraftBasis } from '../types.js';

type Start = 'previous_year' | 'template' | 'blank';

/** Letters are written in bokmål whatever the screen language; the title says so too. */
const defaultTitle = (year: number) => `Tilskudd og oppdrag for ${year}`;

export function NewLetterPage() {
  const { t } = useI18n();
  usePageTitle(t.newLetterTitle);
  const [params] = useSearchParams();
  const [centre, setCentre] = useState(params.get('centre') ?? '');
  const [year, setYear] = useState(Number(params.get('year')) || currentYear());
  // Every active centre for the select, however many.
  const centres = useAllPages<Centre>('/api/centres?active=true');
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.newLetterTitle}
      </Heading>
      <Paragraph>{t.newLetterIntro}</Paragraph>
      <Async loaded={centres}>
        {({ items }) => (
          <div className="form-stack">
            <Field>
              <Label htmlFor="new-letter-centre">{t.centre}</Label>
              <Select id="new-letter-centre" width="auto" value={centre} onChange={(e) => setCentre(e.target.value)}>
                <Select.Option value="">{t.chooseCentre}</Select.Option>
                {items.map((c) => (
                  <Select.Option key={c.code} value={c.code}>
                    {c.code} – {c.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <YearSelect value={year} years={yearRange(currentYear())} onChange={setYear} />
            {centre && <NewLetterForm key={`${centre}/${year}`} centre={centre} year={year} />}
          </div>
        )}
      </Async>
    </>
  );
}

function NewLetterForm({ centre, year }: { centre: string; year: number }) {
  const { t, language } = useI18n();
  const basis = useApi<DraftBasis>(`/api/letters/draft-basis${query({ centre, year })}`);
  const previous = basis.data?.previousLetter ?? null;
  const [start, setStart] = useState<Start>('template');
  const [carryOver, setCarryOver] = useState<Set<number>>(new Set());
  const [title, setTitle] = useState(defaultTitle(year));
  const { create, error, busy } = useCreateLetter();
  // Last year's letter is the usual start, with every open assignment carried over.
  useEffect(() => {
    if (!basis.data?.previousLetter) return;
    setStart('previous_year');
    setCarryOver(new Set(basis.data.openAssignments.map((a) => a.id)));
  }, [basis.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create({
      centre,
      year,
      kind: 'main',
      title,
      startFrom: start,
      ...(start === 'previous_year' ? { carryOverAssignmentIds: [...carryOver] } : {}),
    });
  };
  const toggle = (id: number, on: boolean) =>
    setCarryOver((ids) => {
      const next = new Set(ids);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Async loaded={basis}>
      {({ openAssignments, priorityAreas, recurringSections }) => (
        <form onSubmit={submit} noValidate className="form-stack" aria-label={t.newLetterTitle}>
          <Fieldset>
            <Fieldset.Legend>{t.startFrom}</Fieldset.Legend>
            {previous && (
              <Radio
                name="start"
                value="previous_year"
                label={t.startFromPrevious(previous.year)}
                description={t.startFromPreviousHelp(priorityAreas.length, recurringSections.length)}
                checked={start === 'previous_year'}
                onChange={() => setStart('previous_year')}
              />
            )}
            <Radio
              name="start"
              value="template"
              label={t.startFromTemplate}
              checked={start === 'template'}
              onChange={() => setStart('template')}
            />
            <Radio
              name="start"
              value="blank"
              label={t.startBlank}
              checked={start === 'blank'}
              onChange={() => setStart('blank')}
            />
          </Fieldset>
          {!previous && <Paragraph data-size="sm">{t.noPreviousLetter(centre, year)}</Paragraph>}
          {start === 'previous_year' && openAssignments.length > 0 && (
            <Fieldset>
              <Fieldset.Legend>{t.carryOver}</Fieldset.Legend>
              <Fieldset.Description>{t.carryOverHelp}</Fieldset.Description>
              {openAssignments.map((assignment) => (
                <Checkbox
                  key={assignment.id}
                  value={String(assignment.id)}
                  label={`${assignment.rank}. ${assignment.title}`}
                  description={[
                    t.assignmentStatus[assignment.status],
                    assignment.deadlineDate &&
                      `${t.assignmentDeadline} ${formatDate(assignment.deadlineDate, language)}`,
                    assignment.carriedAutomatically && t.carriedAutomatically(assignment.endYear!),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  // A long-term assignment still running goes on whatever is ticked: shown ticked, fixed.
                  readOnly={assignment.carriedAutomatically}
                  checked={assignment.carriedAutomatically || carryOver.has(assignment.id)}
                  onChange={(event) => toggle(assignment.id, event.target.checked)}
                />
              ))}
            </Fieldset>
          )}
          <Textfield
            label={t.title}
            value={title}
            error={fieldMessage(error, 'body.title')}
            onChange={(event) => setTitle(event.target.value)}
          />
          {error && !fieldMessage(error, 'body.title') && <ErrorState error={error} />}
          <div>
            <Button type="submit" disabled={busy}>
              {busy ? t.saving : t.createDraft}
            </Button>
          </div>
        </form>
      )}
    </Async>
  );
}
