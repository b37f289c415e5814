import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import { jsonText } from './jsonText.js';

const directorateRoles = ['admin', 'case_officer', 'approver', 'finance', 'auditor'] as const;
export const centreRoles = ['centre_leader', 'centre_staff'] as const;
export const roles = [...directorateRoles, ...centreRoles] as const;
export type Role = (typeof roles)[number];

/** A person who logs in: directorate staff (no centre) or centre staff (exactly one centre). */
export class User extends Model<InferAttributes<User>, InferCreationAttributes<User>> {
  declare id: CreationOptional<number>;
  declare email: string;
  declare name: string;
  declare title: string | null;
  declare passwordHash: string;
  declare roles: Role[];
  declare centreId: ForeignKey<Centre['id']> | null;
  declare active: CreationOptional<boolean>;
  /** Reminders one by one, or one daily digest. */
  declare reminderDelivery: CreationOptional<'single' | 'digest'>;
  declare lastLoginAt: Date | null;
  /** Raised when the password changes (or the user is deactivated): sessions begun before it end. */
  declare credentialVersion: CreationOptional<number>;
  // SHA-256 of the secret in the user's calendar feed URL; null when no feed is active.
  declare calendarFeedTokenHash: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre | null>;

  // methods
  hasRole(...wanted: Role[]): NonAttribute<boolean> {
    return wanted.some((role) => this.roles.includes(role));
  }

  /** Centre users are confined to their own centre; everybody else works for the directorate. */
  get isCentreUser(): NonAttribute<boolean> {
    return this.centreId !== null;
  }
}

User.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    email: { type: DataTypes.STRING(255), allowNull: false, unique: true },
    name: { type: DataTypes.STRING(255), allowNull: false },
    title: { type: DataTypes.STRING(255), allowNull: true },
    passwordHash: { type: DataTypes.STRING(255), allowNull: false },
    roles: { ...jsonText<Role[]>('roles'), type: DataTypes.STRING(255) },
    active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    reminderDelivery: { type: DataTypes.ENUM('single', 'digest'), allowNull: false, defaultValue: 'single' },
    calendarFeedTokenHash: { type: DataTypes.CHAR(64), allowNull: true },
    lastLoginAt: { type: DataTypes.DATE, allowNull: true },
    credentialVersion: { type: DataTypes.INTEGER.UNSIGNED, allowNull: false, defaultValue: 0 },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  {
    sequelize,
    tableName: 'users',
    modelName: 'User',
    hooks: {
      // hooks: e-mail addresses are compared case-insensitively, so store them lower-cased.
      beforeValidate(user) {
        if (typeof user.email === 'string') user.email = user.email.trim().toLowerCase();
      },
    },
  },
);
