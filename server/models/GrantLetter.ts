import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { Organisation } from './Organisation.js';
import type { User } from './User.js';
import type { LetterSection } from './LetterSection.js';
import type { LetterSignatory } from './LetterSignatory.js';
import type { LetterCopyRecipient } from './LetterCopyRecipient.js';
import type { LetterApproval } from './LetterApproval.js';
import type { PriorityArea } from './PriorityArea.js';
import type { Assignment } from './Assignment.js';
import type { LetterDocument } from './LetterDocument.js';
import { jsonText } from './jsonText.js';

/** When the yearly deadlines of a letter for year Y fall (month/day in Y), and whether each applies. */
export interface DeadlineRules {
  plan?: { month: number; day: number } | null;
  accounts?: { month: number; day: number } | null;
  report?: { month: number; day: number } | null;
}

export const letterKinds = ['main', 'supplement'] as const;
export type LetterKind = (typeof letterKinds)[number];
export const letterStatuses = ['draft', 'in_review', 'approved', 'issued'] as const;
export type LetterStatus = (typeof letterStatuses)[number];
export const letterLanguages = ['nb', 'en'] as const;

/** The yearly grant/assignment letter (tilskuddsbrev/oppdragsbrev) to one centre, or a supplement to it. */
export class GrantLetter extends Model<InferAttributes<GrantLetter>, InferCreationAttributes<GrantLetter>> {
  declare id: CreationOptional<number>;
  declare centreId: ForeignKey<Centre['id']>;
  declare year: number;
  declare kind: LetterKind;
  declare mainSlot: CreationOptional<number | null>;
  declare parentId: ForeignKey<GrantLetter['id']> | null;
  declare referenceNumber: string | null;
  /** The recipient's reference ("Deres ref."), when known. */
  declare theirReference: CreationOptional<string | null>;
  declare status: LetterStatus;
  declare title: string;
  declare language: CreationOptional<'nb' | 'en'>;
  declare letterDate: string | null;
  declare senderOrganisationId: ForeignKey<Organisation['id']> | null;
  declare createdById: ForeignKey<User['id']> | null;
  declare issuedAt: Date | null;
  /** The centre leader's acceptance of an issued letter; payments wait for it. */
  declare acceptedAt: CreationOptional<Date | null>;
  declare acceptedById: CreationOptional<ForeignKey<User['id']> | null>;
  declare acceptedBankAccount: CreationOptional<string | null>;
  /** Why the letter was last sent back to draft, by whom and when (cleared when it is submitted again). */
  declare returnReason: CreationOptional<string | null>;
  declare returnedAt: CreationOptional<Date | null>;
  declare returnedById: CreationOptional<ForeignKey<User['id']> | null>;
  /** Overrides of the standard deadline rules for this letter (null: the standard rules). */
  declare deadlineRules: CreationOptional<DeadlineRules | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre>;
  declare parent?: NonAttribute<GrantLetter | null>;
  declare senderOrganisation?: NonAttribute<Organisation | null>;
  declare sections?: NonAttribute<LetterSection[]>;
  declare signatories?: NonAttribute<LetterSignatory[]>;
  declare copyRecipients?: NonAttribute<LetterCopyRecipient[]>;
  declare approvals?: NonAttribute<LetterApproval[]>;
  declare priorityAreas?: NonAttribute<PriorityArea[]>;
  declare assignments?: NonAttribute<Assignment[]>;
  declare acceptedBy?: NonAttribute<User | null>;
  declare returnedBy?: NonAttribute<User | null>;
  declare createdBy?: NonAttribute<User | null>;
  declare document?: NonAttribute<LetterDocument | null>;

  // methods
  /** An issued letter never changes; corrections are supplements pointing at it. */
  get isLocked(): NonAttribute<boolean> {
    return this.status === 'issued';
  }

  /**
   * Only a draft's content changes. A letter in review or approved must be reopened first (which
   * withdraws the approvals), so no approval ever covers text the approver did not see.
   */
  get isDraft(): NonAttribute<boolean> {
    return this.status === 'draft';
  }

  /** Issued but not yet accepted by the centre: payments are held. */
  get isAwaitingAcceptance(): NonAttribute<boolean> {
    return this.status === 'issued' && !this.acceptedAt;
  }
}

GrantLetter.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    kind: { type: DataTypes.ENUM(...letterKinds), allowNull: false },
    mainSlot: { type: DataTypes.TINYINT, allowNull: true },
    referenceNumber: { type: DataTypes.STRING(40), allowNull: true, unique: true },
    theirReference: { type: DataTypes.STRING(60), allowNull: true },
    status: { type: DataTypes.ENUM(...letterStatuses), allowNull: false },
    title: { type: DataTypes.STRING(500), allowNull: false },
    language: { type: DataTypes.ENUM(...letterLanguages), allowNull: false, defaultValue: 'nb' },
    letterDate: { type: DataTypes.DATEONLY, allowNull: true },
    issuedAt: { type: DataTypes.DATE, allowNull: true },
    acceptedAt: { type: DataTypes.DATE, allowNull: true },
    acceptedBankAccount: { type: DataTypes.STRING(20), allowNull: true },
    returnReason: { type: DataTypes.TEXT, allowNull: true },
    returnedAt: { type: DataTypes.DATE, allowNull: true },
    deadlineRules: jsonText<DeadlineRules>('deadlineRules', { allowNull: true }),
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  {
    sequelize,
    tableName: 'grant_letters',
    modelName: 'GrantLetter',
    hooks: {
      // hooks: the unique index (centre, year, main_slot) allows one main letter per centre and year.
      beforeValidate(letter) {
        letter.mainSlot = letter.kind === 'main' ? 1 : null;
      },
    },
  },
);
