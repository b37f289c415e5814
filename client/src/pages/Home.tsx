// The home page for the user's work, from the abilities /api/me gives: centre users see their centre;
// those who draft or approve letters the year's overview of every centre; finance the frames;
// admins the administration and the outbox; anyone else (auditors) the year's overview.
import { useAbilities, useUser } from '../auth.js';
import { CaseOfficerHome } from './CaseOfficerHome.js';
import { CentreLeaderHome } from './CentreLeaderHome.js';
import { FinanceHome } from './FinanceHome.js';
import { AdminHome } from './AdminHome.js';

export function Home() {
  const user = useUser();
  const abilities = useAbilities();
  if (user.centre) return <CentreLeaderHome />;
  if (abilities.draftLetters || abilities.approveLetters) return <CaseOfficerHome />;
  if (abilities.manageBudgetFrames) return <FinanceHome />;
  if (abilities.manageOutbox) return <AdminHome />;
  return <CaseOfficerHome />;
}
