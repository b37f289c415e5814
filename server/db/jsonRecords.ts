// A record with everything it includes, read in ONE statement and built into model instances.
// The statement is a UNION ALL of plain selects: the record itself (branch 0) and each of its lists
// (branch 1, 2, …), every row one record as JSON_OBJECT, tagged with its branch. Something the
// record or a list row points at (a centre, a sender) comes inside its JSON_OBJECT as a correlated
// subquery. So a record's lists never multiply into each other as JOINed includes do, none costs a
// round trip of its own as `separate` includes do, and none costs the database an aggregate:
// MariaDB spends about 0.2 ms setting up each JSON_ARRAYAGG, even an empty one, more than it spends
// reading the rows. (Lists below the top level, which no reader uses today, still come as
// JSON_ARRAYAGG.) Sequelize's findAll spends more time building and parsing a query with includes
// than the database spends answering it; read paths that run on every page view (a letter's detail
// and preview) use this instead. Writes stay with the models.
//
// The statements are long (every column named) and the same each time, so they go as prepared
// statements (bind parameters): the text crosses the wire and is parsed once per connection.
//
// Works on MariaDB ≥ 10.5 and MySQL ≥ 8 (JSON_OBJECT). Rows come back in no set order, so lists are
// sorted by primary key, as separate includes did.
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

/** A row of a records statement: the list it belongs to (its branch's number) and one record as JSON. */
interface RecordRow {
  list: number;
  record: unknown;
}

/** The SELECT of one branch: each of its rows one record of `model`, as JSON, tagged with the branch's number. */
const branch = (list: number, model: AnyModel, spec: JsonSpec, where: string) =>
  `SELECT ${list} AS list, ${jsonObject(model, spec)} AS record FROM ${quote(model.getTableName() as string)} j WHERE ${where}`;

/** The records of each branch, parsed, in branch order. */
async function readBranches(sql: string, branches: number, bind: Record<string, unknown>, transaction?: Transaction) {
  const rows = await sequelize.query<RecordRow>(sql, { bind, type: QueryTypes.SELECT, transaction });
  const records: Record<string, unknown>[][] = Array.from({ length: branches }, () => []);
  for (const row of rows) records[Number(row.list)]!.push(fromJsonColumn(row.record) as Record<string, unknown>);
  return records;
}

const byPkWritten = new WeakMap<object, Map<AnyModel, string>>();

/**
 * The SQL of findByPkAsJson: the record (branch 0), then each of its lists (branch 1, 2, …), as one
 * UNION ALL of plain selects. A list's rows come as rows of their own, not aggregated into a JSON
 * array: MariaDB spends about 0.2 ms setting up every JSON_ARRAYAGG, even an empty one, and a letter
 * has six lists.
 */
function byPkStatement(model: AnyModel, spec: JsonSpec) {
  let byModel = byPkWritten.get(spec);
  if (!byModel) byPkWritten.set(spec, (byModel = new Map<AnyModel, string>()));
  let sql = byModel.get(model);
  if (sql) return sql;
  const keyField = model.getAttributes()[model.primaryKeyAttribute]?.field ?? model.primaryKeyAttribute;
  const lists = topLevelLists(model, spec);
  const root = branch(
    0,
    model,
    { ...spec, include: (spec.include ?? []).filter((i) => !lists.includes(i)) },
    `j.${quote(keyField)} = $id`,
  );
  const branches = lists.map((include, index) => {
    const link = association(model, include.as);
    // The list's rows point at the record's key: usually its primary key, which is the parameter itself.
    const owner =
      link.sourceKeyField === keyField
        ? '$id'
        : `(SELECT r.${quote(link.sourceKeyField!)} FROM ${quote(model.getTableName() as string)} r WHERE r.${quote(keyField)} = $id)`;
    return branch(index + 1, include.model, include, `j.${quote(link.identifierField)} = ${owner}`);
  });
  byModel.set(model, (sql = [root, ...branches].join('\nUNION ALL\n')));
  return sql;
}

/** The includes of `spec` that are lists of the record itself. */
const topLevelLists = (model: AnyModel, spec: JsonSpec) =>
  (spec.include ?? []).filter((include) => association(model, include.as).isMultiAssociation);

/** The record of `model` with primary key `id` and its includes, in one statement; null when there is none. */
export async function findByPkAsJson<M extends Model>(
  model: ModelStatic<M>,
  id: number,
  spec: JsonSpec,
  transaction?: Transaction,
): Promise<M | null> {
  const anyModel = model as unknown as AnyModel;
  const lists = topLevelLists(anyModel, spec);
  const [records, ...listRecords] = await readBranches(
    byPkStatement(anyModel, spec),
    lists.length + 1,
    { id },
    transaction,
  );
  const [record] = records!;
  if (!record) return null;
  for (const [index, include] of lists.entries()) record[include.as] = listRecords[index];
  const values = typed(anyModel, spec.include, record);
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
 * Several lists, each with its includes, in one statement (a UNION ALL branch per list). `lists`
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
    sql = entries
      .map(([, list], index) => branch(index, list.model as unknown as AnyModel, list.spec, list.where))
      .join('\nUNION ALL\n');
    listsWritten.set(lists, sql);
  }
  const records = await readBranches(sql, entries.length, bind, transaction);
  const result: Record<string, Model[]> = {};
  for (const [index, [name, list]] of entries.entries()) {
    const model = list.model as unknown as AnyModel;
    const values = records[index]!.map((value) => typed(model, list.spec.include, value)).sort((a, b) =>
      byPrimaryKey(model, a, b),
    );
    const built = model.bulkBuild(values as never, {
      raw: true,
      isNewRecord: false,
      include: buildIncludes(list.spec.include) as never,
    });
    result[name] = list.order ? built.sort(list.order) : built;
  }
  return result as ListsResult<L>;
}
