// Routes of the web client. Until /api/me answers, a loading state; without a session, the login
// (and the accessibility statement, which needs no login).
import { useEffect, useRef } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth.js';
import { Layout } from './components/Layout.js';
import { ErrorState, Loading } from './components/States.js';
import { PublicLayout } from './components/PublicLayout.js';
import { AccessibilityPage } from './pages/AccessibilityPage.js';
import { AuditPage } from './pages/AuditPage.js';
import { AccountsReviewPage } from './pages/AccountsReviewPage.js';
import { FinanceYearPage } from './pages/FinanceYearPage.js';
import { PaymentLedgerPage } from './pages/PaymentLedgerPage.js';
import { CentrePage } from './pages/CentrePage.js';
import { CentreCalendarPage } from './pages/CentreCalendarPage.js';
import { DeadlinePage } from './pages/DeadlinePage.js';
import { MeetingPage } from './pages/MeetingPage.js';
import { MeetingsPage } from './pages/MeetingsPage.js';
import { ProfilePage } from './pages/ProfilePage.js';
import { TasksPage } from './pages/TasksPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { Home } from './pages/Home.js';
import { IndicatorsPage } from './pages/IndicatorsPage.js';
import { LetterPage } from './pages/LetterPage.js';
import { LoginPage } from './pages/Login.js';
import { NewLetterPage } from './pages/NewLetterPage.js';
import { NotFound } from './pages/NotFound.js';
import { UsersPage } from './pages/UsersPage.js';

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
              <AccessibilityPage />
            </PublicLayout>
          }
        />
        <Route path="*" element={<LoginPage />} />
      </Routes>
    );
  return (
    <Layout>
      <FocusOnNavigate />
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/centres/:code" element={<CentrePage />} />
        <Route path="/centres/:code/calendar" element={<CentreCalendarPage />} />
        {abilities?.draftLetters && <Route path="/letters/new" element={<NewLetterPage />} />}
        <Route path="/letters/:id" element={<LetterPage />} />
        <Route path="/deadlines/:id" element={<DeadlinePage />} />
        <Route path="/meetings/:id" element={<MeetingPage />} />
        <Route path="/me" element={<ProfilePage />} />
        <Route path="/tasks" element={<TasksPage />} />
        <Route path="/search" element={<SearchPage />} />
        {abilities?.listSteeringMeetings && <Route path="/meetings" element={<MeetingsPage />} />}
        <Route path="/indicators" element={<IndicatorsPage />} />
        <Route path="/finance/year" element={<FinanceYearPage />} />
        <Route path="/finance/payments" element={<PaymentLedgerPage />} />
        <Route path="/finance/accounts" element={<AccountsReviewPage />} />
        <Route path="/tilgjengelighet" element={<AccessibilityPage />} />
        {abilities?.createUser && <Route path="/users" element={<UsersPage />} />}
        {abilities?.readAuditTrail && <Route path="/audit" element={<AuditPage />} />}
        <Route path="*" element={<NotFound />} />
      </Routes>
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
