// Routes of the web client. Until /api/me answers, a loading state; without a session, the login
// (and the accessibility statement, which needs no login).
import { Suspense, lazy, useEffect, useRef } from 'react';
import type { ComponentType } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth.js';
import { Layout } from './components/Layout.js';
import { ErrorState, Loading } from './components/States.js';
import { PublicLayout } from './components/PublicLayout.js';
import { LoginPage } from './pages/Login.js';

/** A page loaded when first visited: each page is its own chunk, so the first load is the shell. */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const AccessibilityPage = page(() => import('./pages/AccessibilityPage.js'), 'AccessibilityPage');
const AuditPage = page(() => import('./pages/AuditPage.js'), 'AuditPage');
const AccountsReviewPage = page(() => import('./pages/AccountsReviewPage.js'), 'AccountsReviewPage');
const FinanceYearPage = page(() => import('./pages/FinanceYearPage.js'), 'FinanceYearPage');
const PaymentLedgerPage = page(() => import('./pages/PaymentLedgerPage.js'), 'PaymentLedgerPage');
const CentrePage = page(() => import('./pages/CentrePage.js'), 'CentrePage');
const CentreCalendarPage = page(() => import('./pages/CentreCalendarPage.js'), 'CentreCalendarPage');
const DeadlinePage = page(() => import('./pages/DeadlinePage.js'), 'DeadlinePage');
const MeetingPage = page(() => import('./pages/MeetingPage.js'), 'MeetingPage');
const MeetingsPage = page(() => import('./pages/MeetingsPage.js'), 'MeetingsPage');
const ReportPage = page(() => import('./pages/ReportPage.js'), 'ReportPage');
const ProfilePage = page(() => import('./pages/ProfilePage.js'), 'ProfilePage');
const TasksPage = page(() => import('./pages/TasksPage.js'), 'TasksPage');
const SearchPage = page(() => import('./pages/SearchPage.js'), 'SearchPage');
const Home = page(() => import('./pages/Home.js'), 'Home');
const IndicatorsPage = page(() => import('./pages/IndicatorsPage.js'), 'IndicatorsPage');
const ResultsPage = page(() => import('./pages/ResultsPage.js'), 'ResultsPage');
const LetterPage = page(() => import('./pages/LetterPage.js'), 'LetterPage');
const NewLetterPage = page(() => import('./pages/NewLetterPage.js'), 'NewLetterPage');
const NotFound = page(() => import('./pages/NotFound.js'), 'NotFound');
const UsersPage = page(() => import('./pages/UsersPage.js'), 'UsersPage');

/**
 * Moves focus to the main landmark after an in-app navigation, so keyboard and screen reader users
 * start there; on the first page the skip link stays the first stop.
 */
function FocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [pathname]);
  return null;
}

function Routed() {
  const { user, abilities, problem, retry } = useAuth();
  if (user === undefined)
    return (
      <main id="main" className="app-main">
        {problem ? <ErrorState error={problem} onRetry={retry} /> : <Loading />}
      </main>
    );
  if (user === null)
    return (
      <Routes>
        <Route
          path="/tilgjengelighet"
          element={
            <PublicLayout>
              <Suspense fallback={<Loading />}>
                <AccessibilityPage />
              </Suspense>
            </PublicLayout>
          }
        />
        <Route path="*" element={<LoginPage />} />
      </Routes>
    );
  return (
    <Layout>
      <FocusOnNavigate />
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/centres/:code" element={<CentrePage />} />
          <Route path="/centres/:code/calendar" element={<CentreCalendarPage />} />
          {abilities?.draftLetters && <Route path="/letters/new" element={<NewLetterPage />} />}
          <Route path="/letters/:id" element={<LetterPage />} />
          <Route path="/deadlines/:id" element={<DeadlinePage />} />
          <Route path="/deadlines/:id/rapport" element={<ReportPage />} />
          <Route path="/meetings/:id" element={<MeetingPage />} />
          <Route path="/me" element={<ProfilePage />} />
          <Route path="/tasks" element={<TasksPage />} />
          <Route path="/search" element={<SearchPage />} />
          {abilities?.listSteeringMeetings && <Route path="/meetings" element={<MeetingsPage />} />}
          <Route path="/indicators" element={<IndicatorsPage />} />
          {abilities?.readResults && <Route path="/resultater" element={<ResultsPage />} />}
          <Route path="/finance/year" element={<FinanceYearPage />} />
          <Route path="/finance/payments" element={<PaymentLedgerPage />} />
          <Route path="/finance/accounts" element={<AccountsReviewPage />} />
          <Route path="/tilgjengelighet" element={<AccessibilityPage />} />
          {abilities?.createUser && <Route path="/users" element={<UsersPage />} />}
          {abilities?.readAuditTrail && <Route path="/audit" element={<AuditPage />} />}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <Routed />
    </BrowserRouter>
  );
}
