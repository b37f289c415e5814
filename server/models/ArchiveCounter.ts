import { DataTypes, Model } from 'sequelize';
import type { InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';

export const counterNames = ['case', 'registry'] as const;
export type CounterName = (typeof counterNames)[number];

/** The last case or registry number handed out in a year; taken under a row lock (server/archive/numbers). */
export class ArchiveCounter extends Model<InferAttributes<ArchiveCounter>, InferCreationAttributes<ArchiveCounter>> {
  declare name: CounterName;
  declare year: number;
  declare lastValue: number;
}

ArchiveCounter.init(
  {
    name: { type: DataTypes.STRING(20), primaryKey: true },
    year: { type: DataTypes.INTEGER, primaryKey: true },
    lastValue: { type: DataTypes.INTEGER, allowNull: false },
  },
  { sequelize, tableName: 'archive_counters', modelName: 'ArchiveCounter', timestamps: false },
);
