// One accounts report's money in table cells, with their headers: frame, paid, spent, unspent,
// (spent against the frame,) and what the accounts leave unexplained. The accounts review and the
// report page show the same figures the same way.
import { Table } from '@digdir/designsystemet-react';
import { formatMoney } from '../../../../common/money.js';
import { useI18n } from '../../i18n.js';
import type { ReportAccounts } from '../../types.js';

export function AccountsFigureHeaders({ spentVsFrame = false }: { spentVsFrame?: boolean }) {
  const { t } = useI18n();
  const names = [t.frame, t.accountsPaid, t.accountsSpent, t.accountsUnspent];
  if (spentVsFrame) names.push(t.reportVarianceSpent);
  names.push(t.accountsUnaccounted);
  return names.map((name) => (
    <Table.HeaderCell key={name} scope="col" className="numeric">
      {name}
    </Table.HeaderCell>
  ));
}

export function AccountsFigureCells({
  accounts,
  spentVsFrame = false,
}: {
  accounts: ReportAccounts;
  spentVsFrame?: boolean;
}) {
  const figures = [accounts.variance.frameOre, accounts.variance.paidOre, accounts.spentOre, accounts.unspentOre];
  if (spentVsFrame) figures.push(accounts.variance.spentVsFrameOre);
  figures.push(accounts.variance.unaccountedOre);
  return figures.map((ore, index) => (
    <Table.Cell key={index} className="numeric">
      {formatMoney(ore)}
    </Table.Cell>
  ));
}
