// The frame every chart shares: a titled figure with a one-line summary and one button that
// switches between the SVG and its data table (the accessible alternative with every figure).
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n.js';

export interface ChartFrameProps {
  title: string;
  summary: string;
  headingLevel?: 2 | 3;
  testId?: string;
}

/** `chart` gets the ids that label the SVG (title + summary); `table` is shown instead on request. */
export function ChartFrame({
  title,
  summary,
  headingLevel = 2,
  testId,
  chart,
  table,
}: ChartFrameProps & { chart: (labelledBy: string) => ReactNode; table: ReactNode }) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className="chart-header">
        <Heading level={headingLevel} data-size="xs" id={`${id}-title`}>
          {title}
        </Heading>
        <Button variant="secondary" data-size="sm" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? t.showChart : t.showTable}
        </Button>
      </div>
      <Paragraph data-size="sm" id={`${id}-summary`}>
        {summary}
      </Paragraph>
      {asTable ? table : chart(`${id}-title ${id}-summary`)}
    </figure>
  );
}
