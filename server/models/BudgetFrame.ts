import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { BudgetLine } from './BudgetLine.js';
import type { GrantLetter } from './GrantLetter.js';

/** The amount granted to one centre for one year on one budget line, in integer øre. */
export class BudgetFrame extends Model<InferAttributes<BudgetFrame>, InferCreationAttributes<BudgetFrame>> {
  declare id: CreationOptional<number>;
  declare centreId: ForeignKey<Centre['id']>;
  declare year: number;
  declare budgetLineId: ForeignKey<BudgetLine['id']>;
  declare amountOre: number;
  /** The letter that states this frame, when that letter is of another year (NAPHA's 2009 letter states 2008's frame too). */
  declare letterId: ForeignKey<GrantLetter['id']> | null;
  declare note: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre>;
  declare budgetLine?: NonAttribute<BudgetLine>;
}

BudgetFrame.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    amountOre: {
      type: DataTypes.BIGINT,
      allowNull: false,
      // mysql2 may hand BIGINT back as a string; øre amounts stay far below 2^53, so a number is exact.
      get(this: BudgetFrame) {
        return Number(this.getDataValue('amountOre'));
      },
    },
    note: { type: DataTypes.STRING(500), allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'budget_frames', modelName: 'BudgetFrame' },
);
