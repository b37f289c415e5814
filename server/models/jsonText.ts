// A TEXT column holding JSON. MariaDB's JSON type is LONGTEXT and comes back as a string through
// mysql2, unlike MySQL's; storing text and parsing here behaves the same on both.
import { DataTypes } from 'sequelize';
import type { ModelAttributeColumnOptions, Model } from 'sequelize';

/** A JSON value as the driver hands it over: text, or already parsed where the server marks the column as JSON. */
export const fromJsonColumn = (value: unknown): unknown =>
  typeof value === 'string' ? (JSON.parse(value) as unknown) : value;

/** `attribute` is the model attribute name; the column name follows from it (underscored). */
export function jsonText<T>(attribute: string, options: { allowNull?: boolean; long?: boolean } = {}) {
  return {
    type: options.long ? DataTypes.TEXT('long') : DataTypes.TEXT,
    allowNull: options.allowNull ?? false,
    get(this: Model) {
      const raw = this.getDataValue(attribute as never) as unknown;
      if (raw === null || raw === undefined) return null;
      return fromJsonColumn(raw);
    },
    set(this: Model, value: T | null) {
      this.setDataValue(attribute as never, value === null || value === undefined ? null : JSON.stringify(value));
    },
  } satisfies ModelAttributeColumnOptions;
}
