import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { BudgetFrame } from './BudgetFrame.js';

/** One planned payment (termin) of a budget frame: when and how much, in integer øre. */
export class PaymentInstalment extends Model<
  InferAttributes<PaymentInstalment>,
  InferCreationAttributes<PaymentInstalment>
> {
  declare id: CreationOptional<number>;
  declare budgetFrameId: ForeignKey<BudgetFrame['id']>;
  declare dueDate: string;
  declare amountOre: number;
  declare note: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare budgetFrame?: NonAttribute<BudgetFrame>;
}

PaymentInstalment.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    dueDate: { type: DataTypes.DATEONLY, allowNull: false },
    amountOre: {
      type: DataTypes.BIGINT,
      allowNull: false,
      get(this: PaymentInstalment) {
        return Number(this.getDataValue('amountOre'));
      },
    },
    note: { type: DataTypes.STRING(500), allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'payment_instalments', modelName: 'PaymentInstalment' },
);
