// The accessibility statement (tilgjengelighetserklæring) in the form of Digdir's uustatus: status,
// what is not yet compliant and why, how it was tested, how to report a problem and to complain, and
// the dates. Reachable with and without login; every page's footer links here.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { formatDate } from '../format.js';
import { useI18n } from '../i18n.js';
import type { Dictionary } from '../i18n.js';
import { usePageTitle } from '../useApi.js';

/** When the statement was made and last reviewed; change `updated` with every review. */
export const statementDates = { made: '2026-11-30', updated: '2026-11-30' };

const gapOrder: (keyof Dictionary['a11yGaps'])[] = ['pdf', 'charts', 'session', 'queues', 'uploads'];

export function AccessibilityPage() {
  const { t, language } = useI18n();
  usePageTitle(t.accessibilityStatement);
  return (
    <article className="statement">
      <Heading level={1} data-size="lg">
        {t.a11yTitle}
      </Heading>
      <Paragraph>{t.a11yIntro}</Paragraph>
      <section aria-labelledby="a11y-status">
        <Heading level={2} data-size="sm" id="a11y-status">
          {t.a11yStatusTitle}
        </Heading>
        <Paragraph>{t.a11yStatus}</Paragraph>
      </section>
      <section aria-labelledby="a11y-gaps">
        <Heading level={2} data-size="sm" id="a11y-gaps">
          {t.a11yGapsTitle}
        </Heading>
        {gapOrder.map((key) => {
          const gap = t.a11yGaps[key];
          return (
            <section key={key} className="statement-gap" aria-labelledby={`a11y-gap-${key}`}>
              <Heading level={3} data-size="xs" id={`a11y-gap-${key}`}>
                {gap.title}
              </Heading>
              <dl className="statement-gap-facts">
                <dt>{t.a11yProblemLabel}</dt>
                <dd>{gap.problem}</dd>
                <dt>{t.a11yReasonLabel}</dt>
                <dd>{gap.reason}</dd>
              </dl>
            </section>
          );
        })}
      </section>
      <section aria-labelledby="a11y-tested">
        <Heading level={2} data-size="sm" id="a11y-tested">
          {t.a11yTestedTitle}
        </Heading>
        <Paragraph>{t.a11yTested}</Paragraph>
      </section>
      <section aria-labelledby="a11y-feedback">
        <Heading level={2} data-size="sm" id="a11y-feedback">
          {t.a11yFeedbackTitle}
        </Heading>
        <Paragraph>
          {t.a11yFeedback} <Link href={`mailto:${t.a11yContactEmail}`}>{t.a11yContactEmail}</Link>.{' '}
          {t.a11yFeedbackAnswer}
        </Paragraph>
      </section>
      <section aria-labelledby="a11y-complain">
        <Heading level={2} data-size="sm" id="a11y-complain">
          {t.a11yComplainTitle}
        </Heading>
        <Paragraph>
          {t.a11yComplain} <Link href="https://www.uutilsynet.no/">{t.a11yComplainLink}</Link>.
        </Paragraph>
        <Paragraph>
          {t.a11yDiscrimination} <Link href="https://www.diskrimineringsnemnda.no/">{t.a11yDiscriminationLink}</Link>.
        </Paragraph>
      </section>
      <Paragraph data-size="sm" className="muted">
        {t.a11yDates(formatDate(statementDates.made, language), formatDate(statementDates.updated, language))}
      </Paragraph>
    </article>
  );
}
