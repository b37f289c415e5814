import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { BudgetLine } from './BudgetLine.js';
import type { User } from './User.js';

export const accountsStatuses = ['submitted', 'returned', 'approved'] as const;
export type AccountsStatus = (typeof accountsStatuses)[number];
/** What happens to unspent money: carried over to next year, paid back, or waived (ettergitt). */
export const unspentOutcomes = ['carried_over', 'repaid', 'waived'] as const;
export type UnspentOutcome = (typeof unspentOutcomes)[number];
export const unspentOutcomeStatuses = ['pending', 'completed'] as const;
export type UnspentOutcomeStatus = (typeof unspentOutcomeStatuses)[number];

/** A centre's accounts (regnskap) for one year on one budget line: spent and unspent, in integer øre. */
export class AccountsReport extends Model<InferAttributes<AccountsReport>, InferCreationAttributes<AccountsReport>> {
  declare id: CreationOptional<number>;
  declare centreId: ForeignKey<Centre['id']>;
  declare year: number;
  declare budgetLineId: ForeignKey<BudgetLine['id']>;
  declare spentOre: number;
  declare unspentOre: number;
  declare comment: string | null;
  declare status: AccountsStatus;
  declare submittedAt: Date;
  declare submittedById: ForeignKey<User['id']> | null;
  declare unspentOutcome: UnspentOutcome | null;
  declare unspentOutcomeStatus: UnspentOutcomeStatus | null;
  declare reviewNote: string | null;
  declare reviewedAt: Date | null;
  declare reviewedById: ForeignKey<User['id']> | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre>;
  declare budgetLine?: NonAttribute<BudgetLine>;
  declare submittedBy?: NonAttribute<User | null>;
  declare reviewedBy?: NonAttribute<User | null>;

  // methods
  /** Approved accounts are settled: the centre can no longer change its figures. */
  get isLocked(): NonAttribute<boolean> {
    return this.status === 'approved';
  }
}

const ore = (attribute: 'spentOre' | 'unspentOre') => ({
  type: DataTypes.BIGINT,
  allowNull: false,
  get(this: AccountsReport) {
    return Number(this.getDataValue(attribute));
  },
});

AccountsReport.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    spentOre: ore('spentOre'),
    unspentOre: ore('unspentOre'),
    comment: { type: DataTypes.TEXT, allowNull: true },
    status: { type: DataTypes.ENUM(...accountsStatuses), allowNull: false },
    submittedAt: { type: DataTypes.DATE, allowNull: false },
    unspentOutcome: { type: DataTypes.ENUM(...unspentOutcomes), allowNull: true },
    unspentOutcomeStatus: { type: DataTypes.ENUM(...unspentOutcomeStatuses), allowNull: true },
    reviewNote: { type: DataTypes.TEXT, allowNull: true },
    reviewedAt: { type: DataTypes.DATE, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'accounts_reports', modelName: 'AccountsReport' },
);
