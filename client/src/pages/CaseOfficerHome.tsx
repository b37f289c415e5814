// Case officer (and approver, auditor): every centre for a year with its letter status, next
// deadline and next steering meeting (one page of centres at a time, picked by the server), the
// upcoming deadlines across centres and those waiting for review (paged), and the year's money and
// punctuality as charts. Who may start letters and give joint assignments sees those buttons.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { query } from '../api.js';
import { useAbilities } from '../auth.js';
import { BulkIssue } from '../components/BulkIssue.js';
import { CentreOverviewTable } from '../components/CentreOverviewTable.js';
import { DeadlineTable } from '../components/DeadlineTable.js';
import { JointAssignmentDialog } from '../components/JointAssignmentDialog.js';
import { ListPager } from '../components/Pager.js';
import { PortfolioChart } from '../components/PortfolioChart.js';
import { PunctualityChart } from '../components/PunctualityChart.js';
import { Async, Empty } from '../components/States.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { currentYear, todayInOslo } from '../format.js';
import { useI18n } from '../i18n.js';
import { invalidateApi } from '../queryClient.js';
import { usePageTitle } from '../useApi.js';
import { useAllPages, useFirstPages, usePagedApi } from '../usePagedApi.js';
import type { Centre, CentreOverviewRow, Deadline, LetterSummary } from '../types.js';

// The letter page still takes the table from here.
export { DeadlineTable, handInStatuses } from '../components/DeadlineTable.js';

export function CaseOfficerHome() {
  const { t } = useI18n();
  const abilities = useAbilities();
  const [year, setYear] = useState(currentYear());
  usePageTitle(t.caseOfficerHomeTitle(year));
  const centres = usePagedApi<CentreOverviewRow>(`/api/overview/centres${query({ year })}`, { pageSize: 50 });
  const upcoming = usePagedApi<Deadline>(`/api/deadlines${query({ year, open: 'true', dueFrom: todayInOslo() })}`, {
    param: 'deadlinesPage',
    pageSize: 15,
  });
  const toReview = usePagedApi<Deadline>(`/api/deadlines${query({ year, status: 'submitted' })}`, {
    param: 'reviewPage',
    pageSize: 20,
  });
  // Another year starts each list at its first page.
  const firstPages = useFirstPages(['page', 'deadlinesPage', 'reviewPage']);
  const changeYear = (next: number) => {
    setYear(next);
    firstPages();
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t.caseOfficerHomeTitle(year)}
      </Heading>
      <Paragraph>{t.caseOfficerHomeIntro}</Paragraph>
      <YearSelect value={year} years={yearRange(currentYear())} onChange={changeYear} />
      {abilities.runBulkLetterJobs && <BulkIssue key={year} year={year} onFinished={() => void invalidateApi()} />}
      {abilities.draftLetters && (
        <div className="item-buttons">
          <Button asChild variant="secondary">
            <RouterLink to={`/letters/new${query({ year })}`}>{t.newLetter}</RouterLink>
          </Button>
          {abilities.createJointAssignment && <JointAssignment key={year} year={year} />}
        </div>
      )}
      <Async loaded={centres}>
        {(page) => (
          <>
            <CentreOverviewTable rows={page.items} year={year} />
            <ListPager paged={centres} />
          </>
        )}
      </Async>
      <Heading level={2} data-size="sm">
        {t.nextDeadlines}
      </Heading>
      <Async loaded={upcoming}>
        {(page) =>
          page.total === 0 ? (
            <Empty>{t.noUpcomingDeadlines}</Empty>
          ) : (
            <>
              <DeadlineTable deadlines={page.items} showCentre />
              <ListPager paged={upcoming} />
            </>
          )
        }
      </Async>
      <Heading level={2} data-size="sm">
        {t.toReview}
      </Heading>
      <Async loaded={toReview}>
        {(page) =>
          page.total === 0 ? (
            <Empty>{t.nothingToReview}</Empty>
          ) : (
            <>
              <DeadlineTable deadlines={page.items} showCentre />
              <ListPager paged={toReview} />
            </>
          )
        }
      </Async>
      <section aria-labelledby="year-figures" className="year-figures">
        <Heading level={2} data-size="sm" id="year-figures">
          {t.yearFigures(year)}
        </Heading>
        <PortfolioChart key={`portfolio-${year}`} year={year} headingLevel={3} />
        <PunctualityChart key={`punctuality-${year}`} year={year} headingLevel={3} />
      </section>
    </>
  );
}

/** The joint-assignment dialog with every active centre and every main letter of the year to choose from. */
function JointAssignment({ year }: { year: number }) {
  const centres = useAllPages<Centre>('/api/centres?active=true');
  const letters = useAllPages<LetterSummary>(`/api/letters${query({ year, kind: 'main' })}`);
  if (!centres.data || !letters.data) return null;
  return (
    <JointAssignmentDialog
      year={year}
      centres={centres.data.items}
      letters={letters.data.items}
      onGiven={() => void invalidateApi()}
    />
  );
}
