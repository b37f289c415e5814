import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Organisation } from './Organisation.js';

/** A state budget line for one year: chapter (kapittel) and item (post), e.g. kap. 743 post 70. */
export class BudgetLine extends Model<InferAttributes<BudgetLine>, InferCreationAttributes<BudgetLine>> {
  declare id: CreationOptional<number>;
  declare year: number;
  declare chapter: number;
  declare item: number;
  declare name: string;
  // The directorate that manages the line.
  declare organisationId: ForeignKey<Organisation['id']> | null;
  /** Hold payments on this line while the centre's accounts or report are overdue (override with a reason). */
  declare holdWhenOverdue: CreationOptional<boolean>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare organisation?: NonAttribute<Organisation | null>;
}

BudgetLine.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    chapter: { type: DataTypes.INTEGER, allowNull: false },
    item: { type: DataTypes.INTEGER, allowNull: false },
    name: { type: DataTypes.STRING(255), allowNull: false },
    holdWhenOverdue: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'budget_lines', modelName: 'BudgetLine' },
);
