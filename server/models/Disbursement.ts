import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import { jsonText } from './jsonText.js';
import type { Centre } from './Centre.js';
import type { BudgetFrame } from './BudgetFrame.js';
import type { User } from './User.js';

/** An overdue hand-in known when a payment was made under override. */
export interface OverdueDeadlineNote {
  deadlineId: number;
  kind: string;
  title: string;
  dueDate: string;
}

/** Money actually paid out (utbetaling) on one budget frame, in integer øre. */
export class Disbursement extends Model<InferAttributes<Disbursement>, InferCreationAttributes<Disbursement>> {
  declare id: CreationOptional<number>;
  declare centreId: ForeignKey<Centre['id']>;
  declare year: number;
  declare budgetFrameId: ForeignKey<BudgetFrame['id']>;
  declare paidOn: string;
  declare amountOre: number;
  declare voucherReference: string;
  declare note: string | null;
  /** The reason given for paying beyond the frame; null when the payment stayed within it. */
  declare overFrameReason: string | null;
  /** The reason given for paying while accounts or a report were overdue; null when none were. */
  declare overdueOverrideReason: string | null;
  declare overdueDeadlines: OverdueDeadlineNote[] | null;
  declare recordedById: ForeignKey<User['id']> | null;
  /** Set on a reversal: the payment it takes back (its amount is that payment's, negated). */
  declare reversesId: ForeignKey<Disbursement['id']> | null;
  /** Why the payment was reversed; set on the reversal only. */
  declare reversalReason: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre>;
  declare budgetFrame?: NonAttribute<BudgetFrame>;
  declare recordedBy?: NonAttribute<User | null>;
  /** The reversal of this payment, when it has been reversed. */
  declare reversal?: NonAttribute<Disbursement | null>;
}

Disbursement.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    paidOn: { type: DataTypes.DATEONLY, allowNull: false },
    amountOre: {
      type: DataTypes.BIGINT,
      allowNull: false,
      get(this: Disbursement) {
        return Number(this.getDataValue('amountOre'));
      },
    },
    voucherReference: { type: DataTypes.STRING(60), allowNull: false },
    note: { type: DataTypes.STRING(500), allowNull: true },
    overFrameReason: { type: DataTypes.STRING(500), allowNull: true },
    overdueOverrideReason: { type: DataTypes.STRING(500), allowNull: true },
    reversalReason: { type: DataTypes.STRING(500), allowNull: true },
    overdueDeadlines: jsonText<OverdueDeadlineNote[]>('overdueDeadlines', { allowNull: true }),
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'disbursements', modelName: 'Disbursement' },
);
