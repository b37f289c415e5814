// The home page for the user's role: centre users see their centre; finance the frames; admins the
// administration and the outbox; case officers, approvers and auditors the year's overview of every centre.
import { hasRole, useUser } from '../auth.js';
import { CaseOfficerHome } from './CaseOfficerHome.js';
import { CentreLeaderHome } from './CentreLeaderHome.js';
import { FinanceHome } from './FinanceHome.js';
import { AdminHome } from './AdminHome.js';

export function Home() {
  const user = useUser();
  if (user.centre) return <CentreLeaderHome />;
  if (hasRole(user, 'case_officer', 'approver')) return <CaseOfficerHome />;
  if (hasRole(user, 'finance')) return <FinanceHome />;
  if (hasRole(user, 'admin')) return <AdminHome />;
  return <CaseOfficerHome />;
}
