// One changed field, before and after, with the words taken out struck through (<del>) and the
// words put in underlined (<ins>); each mark also says in words what it is, for screen readers.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { diffWords } from 'diff';
import { useI18n } from '../../i18n.js';
import type { ReportChange } from './reportChanges.js';

export function TextChanges({ change }: { change: ReportChange }) {
  const { t } = useI18n();
  const parts = diffWords(change.before, change.after);
  const marked = (kind: 'before' | 'after') =>
    parts.map((part, index) => {
      if (kind === 'before' && part.added) return null;
      if (kind === 'after' && part.removed) return null;
      if (part.removed)
        return (
          <del key={index}>
            <span className="visually-hidden">[{t.reportDeleted} </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </del>
        );
      if (part.added)
        return (
          <ins key={index}>
            <span className="visually-hidden">[{t.reportInserted} </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </ins>
        );
      return <span key={index}>{part.value}</span>;
    });
  return (
    <div className="report-change">
      <Heading level={3} data-size="2xs">
        {change.label}
      </Heading>
      <div className="grid-2">
        <div>
          <Paragraph data-size="sm" className="report-change-side">
            {t.reportBefore}
          </Paragraph>
          <Paragraph className="report-prose">{marked('before')}</Paragraph>
        </div>
        <div>
          <Paragraph data-size="sm" className="report-change-side">
            {t.reportAfter}
          </Paragraph>
          <Paragraph className="report-prose">{marked('after')}</Paragraph>
        </div>
      </div>
    </div>
  );
}
