// Survey indicators: the municipal survey's figures per centre (or centre group, as the survey
// names KORUS and RVTS) and year — respondents, share that had contact, and counts per channel.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

export const indicators: Migration = {
  name: '20261123-0004-indicators',
  async up(queryInterface: QueryInterface) {
    await queryInterface.createTable(
      'survey_indicators',
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
        year: { type: DataTypes.INTEGER, allowNull: false },
        // The code the survey uses: a centre code (NAPHA) or a centre group (KORUS).
        subject_code: { type: DataTypes.STRING(40), allowNull: false },
        centre_id: {
          type: DataTypes.INTEGER,
          allowNull: true,
          references: { model: 'centres', key: 'id' },
          onDelete: 'CASCADE',
          onUpdate: 'CASCADE',
        },
        centre_group: { type: DataTypes.STRING(40), allowNull: true },
        respondents: { type: DataTypes.INTEGER, allowNull: true },
        contacted_pct: { type: DataTypes.TINYINT.UNSIGNED, allowNull: true },
        channels: { type: DataTypes.TEXT, allowNull: true },
        created_at: { type: DataTypes.DATE, allowNull: false },
        updated_at: { type: DataTypes.DATE, allowNull: false },
      },
      { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
    );
    await queryInterface.addIndex('survey_indicators', ['year', 'subject_code'], {
      unique: true,
      name: 'survey_indicators_year_subject',
    });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.dropTable('survey_indicators');
  },
};
