// A record with everything it includes, read in ONE statement and built into model instances.
// Each include becomes a correlated subquery returning JSON (JSON_OBJECT for one, JSON_ARRAYAGG for
// a list), so a record's lists never multiply into each other as JOINed includes do, and none costs
// a round trip of its own as `separate` includes do. Sequelize's findAll spends more time building
// and parsing a query with includes than the database spends answering it; read paths that run on
// every page view (a letter's detail and preview) use this instead. Writes stay with the models.
//
// The statements are long (every column named) and the same each time, so they go as prepared
// statements (bind parameters): the text crosses the wire and is parsed once per connection.
//
// Works on MariaDB ≥ 10.5 and MySQL ≥ 8 (JSON_OBJECT, JSON_ARRAYAGG). List order is not kept by
// JSON_ARRAYAGG on MySQL, so lists come back sorted by primary key, as separate includes did.
import { QueryTypes } from 'sequelize';
import type { Association, Model, ModelStatic, Transaction } from 'sequelize';
import { sequelize } from './sequelize.js';
import { fromJsonColumn } from '../models/jsonText.js';

type AnyModel = ModelStatic<Model>;

export interface JsonInclude extends JsonSpec {
  model: AnyModel;
  as: string;
}

/** What of a record to read: its attributes (all but `exclude` by default) and its includes. */
export interface JsonSpec {
  attributes?: string[];
  exclude?: string[];
  include?: JsonInclude[];
}

interface AssociationColumns extends Association {
  identifierField: string;
  targetKeyField?: string;
  sourceKeyField?: string;
  isMultiAssociation: boolean;
}

const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;

function attributesOf(model: AnyModel, spec: JsonSpec) {
  return Object.entries(model.getAttributes()).filter(
    ([name, attribute]) =>
      (attribute.type as { key?: string }).key !== 'VIRTUAL' &&
      (spec.attributes ? spec.attributes.includes(name) : !spec.exclude?.includes(name)),
  );
}

function association(model: AnyModel, as: string): AssociationColumns {
  const found = model.associations[as] as AssociationColumns | undefined;
  if (!found) throw new Error(`${model.name} has no association ${as}`);
  return found;
}

/** JSON_OBJECT of the row `alias` of `model` with its includes, each a correlated subquery. */
function writeJsonObject(model: AnyModel, alias: string, spec: JsonSpec, depth: number): string {
  const pairs = attributesOf(model, spec).map(
    ([name, attribute]) => `'${name}', ${alias}.${quote(attribute.field ?? name)}`,
  );
  for (const [index, include] of (spec.include ?? []).entries()) {
    const link = association(model, include.as);
    const child = `j${depth}_${index}`;
    const table = quote(include.model.getTableName() as string);
    const inner = writeJsonObject(include.model, child, include, depth + 1);
    const subquery =
      link.associationType === 'BelongsTo'
        ? `(SELECT ${inner} FROM ${table} ${child} WHERE ${child}.${quote(link.targetKeyField!)} = ${alias}.${quote(link.identifierField)})`
        : link.isMultiAssociation
          ? `(SELECT JSON_ARRAYAGG(${inner}) FROM ${table} ${child} WHERE ${child}.${quote(link.identifierField)} = ${alias}.${quote(link.sourceKeyField!)})`
          : `(SELECT ${inner} FROM ${table} ${child} WHERE ${child}.${quote(link.identifierField)} = ${alias}.${quote(link.sourceKeyField!)} LIMIT 1)`;
    pairs.push(`'${include.as}', ${subquery}`);
  }
  return `JSON_OBJECT(${pairs.join(', ')})`;
}

// The SQL of a model and spec is written once: specs are module constants, and writing it costs as
// much as a small query. One spec may serve several models (e.g. "with its centre").
const written = new WeakMap<object, Map<AnyModel, string>>();
function jsonObject(model: AnyModel, spec: JsonSpec) {
  let byModel = written.get(spec);
  if (!byModel) written.set(spec, (byModel = new Map<AnyModel, string>()));
  let sql = byModel.get(model);
  if (!sql) byModel.set(model, (sql = writeJsonObject(model, 'j', spec, 0)));
  return sql;
}

/** The order separate queries gave a list: by primary key. */
const byPrimaryKey = (model: AnyModel, a: Record<string, unknown>, b: Record<string, unknown>) =>
  Number(a[model.primaryKeyAttribute]) - Number(b[model.primaryKeyAttribute]);

/** A datetime as JSON_OBJECT writes it ("2027-01-15 10:00:00[.000]", UTC as stored) to a Date. */
const utcDate = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);

/** The values as Sequelize's own reads hand them to build: dates as Date, booleans as booleans, lists as arrays. */
function typed(model: AnyModel, includes: JsonInclude[] | undefined, value: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...value };
  for (const [name, attribute] of Object.entries(model.getAttributes())) {
    const current = out[name];
    if (current === null || current === undefined) continue;
    const key = (attribute.type as { key?: string }).key;
    if (key === 'DATE' && typeof current === 'string') out[name] = utcDate(current);
    else if (key === 'BOOLEAN') out[name] = Boolean(current);
  }
  for (const include of includes ?? []) {
    const current = out[include.as] as Record<string, unknown> | Record<string, unknown>[] | null | undefined;
    if (association(model, include.as).isMultiAssociation) {
      const rows = (current as Record<string, unknown>[] | null) ?? [];
      out[include.as] = rows
        .map((row) => typed(include.model, include.include, row))
        .sort((a, b) => byPrimaryKey(include.model, a, b));
    } else out[include.as] = current ? typed(include.model, include.include, current as Record<string, unknown>) : null;
  }
  return out;
}

/** Fresh include options for build(), which writes into the objects it is given. */
const buildIncludes = (includes: JsonInclude[] | undefined): { model: AnyModel; as: string; include: unknown[] }[] =>
  (includes ?? []).map((include) => ({
    model: include.model,
    as: include.as,
    include: buildIncludes(include.include),
  }));

/** The record of `model` with primary key `id` and its includes, in one statement; null when there is none. */
export async function findByPkAsJson<M extends Model>(
  model: ModelStatic<M>,
  id: number,
  spec: JsonSpec,
  transaction?: Transaction,
): Promise<M | null> {
  const anyModel = model as unknown as AnyModel;
  const key = anyModel.primaryKeyAttribute;
  const keyField = anyModel.getAttributes()[key]?.field ?? key;
  const [row] = await sequelize.query<{ record: unknown }>(
    `SELECT ${jsonObject(anyModel, spec)} AS record FROM ${quote(model.getTableName() as string)} j
      WHERE j.${quote(keyField)} = $id`,
    { bind: { id }, type: QueryTypes.SELECT, transaction },
  );
  if (!row) return null;
  const values = typed(anyModel, spec.include, fromJsonColumn(row.record) as Record<string, unknown>);
  return model.build(values as never, { raw: true, isNewRecord: false, include: buildIncludes(spec.include) as never });
}

/** One list of findListsAsJson: the records of `model` matching `where` (SQL on the alias `j`, `$name` parameters). */
export interface JsonList<M extends Model> {
  model: ModelStatic<M>;
  where: string;
  spec: JsonSpec;
  /** The order they come back in (default: primary key). A method, so a list of a model fits JsonList<Model>. */
  order?(this: void, a: M, b: M): number;
}

type ListsResult<L> = { [K in keyof L]: L[K] extends JsonList<infer M> ? M[] : never };

const listsWritten = new WeakMap<object, string>();

/**
 * Several lists, each with its includes, in one statement (a JSON column per list). `lists`
 * should be a module constant: its SQL is written once.
 */
export async function findListsAsJson<L extends Record<string, JsonList<Model>>>(
  lists: L,
  bind: Record<string, unknown>,
  transaction?: Transaction,
): Promise<ListsResult<L>> {
  const entries = Object.entries(lists);
  let sql = listsWritten.get(lists);
  if (!sql) {
    const columns = entries.map(
      ([name, list]) =>
        `(SELECT JSON_ARRAYAGG(${jsonObject(list.model as unknown as AnyModel, list.spec)})
            FROM ${quote(list.model.getTableName() as string)} j WHERE ${list.where}) AS ${quote(name)}`,
    );
    listsWritten.set(lists, (sql = `SELECT ${columns.join(',\n       ')}`));
  }
  const [row] = await sequelize.query<Record<string, unknown>>(sql, { bind, type: QueryTypes.SELECT, transaction });
  const result: Record<string, Model[]> = {};
  for (const [name, list] of entries) {
    const model = list.model as unknown as AnyModel;
    const values = ((fromJsonColumn(row?.[name]) as Record<string, unknown>[] | null) ?? [])
      .map((value) => typed(model, list.spec.include, value))
      .sort((a, b) => byPrimaryKey(model, a, b));
    const built = model.bulkBuild(values as never, {
      raw: true,
      isNewRecord: false,
      include: buildIncludes(list.spec.include) as never,
    });
    result[name] = list.order ? built.sort(list.order) : built;
  }
  return result as ListsResult<L>;
}
