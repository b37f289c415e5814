// A supplement (tilleggsbrev) to an issued main letter: an issued letter never changes, so new
// assignments or money for the year go into a new draft that points at it. Lands on the draft.
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { fieldMessage } from '../api.js';
import { useI18n } from '../i18n.js';
import type { Letter } from '../types.js';
import { ErrorState } from './States.js';
import { useCreateLetter } from '../useCreateLetter.js';

/** Bokmål, as the letter itself; the same title the server gives a supplement for a joint assignment. */
const defaultTitle = (year: number) => `Supplerende oppdrag ${year}`;

export function NewSupplement({ letter }: { letter: Letter }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(defaultTitle(letter.year));
  const { create, error, busy } = useCreateLetter();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create({ centre: letter.centre.code, year: letter.year, kind: 'supplement', parentId: letter.id, title });
  };
  return (
    <section aria-labelledby="new-supplement" className="new-supplement">
      <Heading level={2} data-size="sm" id="new-supplement">
        {t.newSupplementTitle}
      </Heading>
      <Paragraph data-size="sm">{t.newSupplementIntro}</Paragraph>
      <form onSubmit={submit} noValidate className="filter-row">
        <Textfield
          label={t.supplementTitle}
          value={title}
          error={fieldMessage(error, 'body.title')}
          onChange={(event) => setTitle(event.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? t.saving : t.createSupplement}
        </Button>
      </form>
      {error && !fieldMessage(error, 'body.title') && <ErrorState error={error} />}
    </section>
  );
}
