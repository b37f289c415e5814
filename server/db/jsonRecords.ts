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

/**
 * A row of a records statement: the number of the list it belongs to (its branch), a colon, and one
 * record as JSON ("3:{…}"). One column, not two: the driver's per-column work is done once per row.
 */
interface RecordRow {
  record: string | Buffer;
}

/** One list read beside a record: the records of `model` matching `where`, SQL on the alias `j`, where `r` is the record's row. */
export interface JsonList<M extends Model> {
  model: ModelStatic<M>;
  where: string;
  spec: JsonSpec;
  /** The order they come back in (default: primary key). A method, so a list of a model fits JsonList<Model>. */
  order?(this: void, a: M, b: M): number;
}

type JsonLists = Record<string, JsonList<Model>>;
type ListsResult<L> = { [K in keyof L]: L[K] extends JsonList<infer M> ? M[] : never };

/** The statement for a record (or only lists beside it) and what each of its branches holds. */
interface Statement {
  sql: string;
  /** The record's own lists (its multi-valued includes), branches 1, 2, … after the record's branch 0. */
  includedLists: JsonInclude[];
  /** The lists beside the record, in branch order after the record's branches. */
  lists: [string, JsonList<Model>][];
  /** How many branches in all. */
  branches: number;
}

/** The SELECT of one branch: each of its rows one record of `model`, as JSON, tagged with the branch's number. */
const branch = (list: number, model: AnyModel, spec: JsonSpec, from: string, where: string) =>
  `SELECT CONCAT(${list}, ':', ${jsonObject(model, spec)}) AS record FROM ${quote(model.getTableName() as string)} j${from} WHERE ${where}`;

/**
 * The record of `model` whose primary key is $id (branch 0) with each of its lists (branches 1, 2, …),
 * and then each list of `lists`, as one UNION ALL of plain selects. A list's rows come as rows of
 * their own, not aggregated into a JSON array: MariaDB spends about 0.2 ms setting up every
 * JSON_ARRAYAGG, even an empty one, and a letter has six lists. Without `spec`, only `lists`.
 */
function writeStatement(model: AnyModel, spec: JsonSpec | null, lists: JsonLists | null): Statement {
  const table = quote(model.getTableName() as string);
  const keyField = quote(model.getAttributes()[model.primaryKeyAttribute]?.field ?? model.primaryKeyAttribute);
  const includedLists = spec ? topLevelLists(model, spec) : [];
  const branches: string[] = [];
  if (spec) {
    const single = (spec.include ?? []).filter((include) => !includedLists.includes(include));
    branches.push(branch(0, model, { ...spec, include: single }, '', `j.${keyField} = $id`));
    for (const include of includedLists) {
      const link = association(model, include.as);
      // The list's rows point at the record's key: usually its primary key, which is $id itself.
      const owner =
        quote(link.sourceKeyField!) === keyField
          ? '$id'
          : `(SELECT r.${quote(link.sourceKeyField!)} FROM ${table} r WHERE r.${keyField} = $id)`;
      branches.push(branch(branches.length, include.model, include, '', `j.${quote(link.identifierField)} = ${owner}`));
    }
  }
  const besides = Object.entries(lists ?? {});
  for (const [, list] of besides)
    branches.push(
      branch(branches.length, list.model, list.spec, ` JOIN ${table} r ON r.${keyField} = $id`, list.where),
    );
  return { sql: branches.join('\nUNION ALL\n'), includedLists, lists: besides, branches: branches.length };
}

/** The includes of `spec` that are lists of the record itself. */
const topLevelLists = (model: AnyModel, spec: JsonSpec) =>
  (spec.include ?? []).filter((include) => association(model, include.as).isMultiAssociation);

// Specs and lists are module constants, so each statement is written once.
const statements = new WeakMap<object, WeakMap<object, Map<AnyModel, Statement>>>();
const none = {};
function statementFor(model: AnyModel, spec: JsonSpec | null, lists: JsonLists | null) {
  let bySpec = statements.get(spec ?? none);
  if (!bySpec) statements.set(spec ?? none, (bySpec = new WeakMap<object, Map<AnyModel, Statement>>()));
  let byModel = bySpec.get(lists ?? none);
  if (!byModel) bySpec.set(lists ?? none, (byModel = new Map<AnyModel, Statement>()));
  let statement = byModel.get(model);
  if (!statement) byModel.set(model, (statement = writeStatement(model, spec, lists)));
  return statement;
}

/** A statement's rows as text ("3:{…}", see RecordRow). */
type Rows = string[];

async function runStatement(statement: Statement, id: number, transaction?: Transaction): Promise<Rows> {
  const rows = await sequelize.query<RecordRow>(statement.sql, { bind: { id }, type: QueryTypes.SELECT, transaction });
  return rows.map(({ record }) => (typeof record === 'string' ? record : record.toString('utf8')));
}

/** The records of each branch, parsed, in branch order. */
function parseRows(statement: Statement, rows: Rows) {
  const records: Record<string, unknown>[][] = Array.from({ length: statement.branches }, () => []);
  for (const row of rows) {
    const colon = row.indexOf(':');
    records[Number(row.slice(0, colon))]!.push(JSON.parse(row.slice(colon + 1)) as Record<string, unknown>);
  }
  return records;
}

/** Runs a statement: the records of each branch, parsed, in branch order. */
async function readStatement(statement: Statement, id: number, transaction?: Transaction) {
  return parseRows(statement, await runStatement(statement, id, transaction));
}

/** The record of branch 0 with its lists from the branches after it, built; null when there is none. */
function buildRecord<M extends Model>(
  model: ModelStatic<M>,
  spec: JsonSpec,
  statement: Statement,
  records: Record<string, unknown>[][],
) {
  const [record] = records[0]!;
  if (!record) return null;
  for (const [index, include] of statement.includedLists.entries()) record[include.as] = records[index + 1];
  const values = typed(model, spec.include, record);
  return model.build(values as never, { raw: true, isNewRecord: false, include: buildIncludes(spec.include) as never });
}

/** Each list beside the record, from its branch, built and in its order. */
function buildLists<L extends JsonLists>(statement: Statement, records: Record<string, unknown>[][]): ListsResult<L> {
  const first = records.length - statement.lists.length;
  const result: Record<string, Model[]> = {};
  for (const [index, [name, list]] of statement.lists.entries()) {
    const model = list.model as unknown as AnyModel;
    const values = records[first + index]!.map((value) => typed(model, list.spec.include, value)).sort((a, b) =>
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

/** The record of `model` with primary key `id` and its includes, in one statement; null when there is none. */
export async function findByPkAsJson<M extends Model>(
  model: ModelStatic<M>,
  id: number,
  spec: JsonSpec,
  transaction?: Transaction,
): Promise<M | null> {
  const statement = statementFor(model, spec, null);
  return buildRecord(model, spec, statement, await readStatement(statement, id, transaction));
}

/** A record and the lists beside it as the database returned them, not yet built. */
export interface RecordWithLists<M extends Model, L extends JsonLists> {
  /**
   * Exactly what the database returned, as one text: equal texts, equal records, so what was built
   * from one may stand for the other. (Rows are joined by NUL, which JSON text never holds raw.)
   */
  content: string;
  build(): { record: M; lists: ListsResult<L> };
}

/**
 * The record as findByPkAsJson reads it, and in the same statement the `lists` beside it (each list's
 * `where` may use the record's row as `r`); null when there is no such record. `lists` should be a
 * module constant: its SQL is written once.
 */
export async function readByPkWithListsAsJson<M extends Model, L extends JsonLists>(
  model: ModelStatic<M>,
  id: number,
  spec: JsonSpec,
  lists: L,
  transaction?: Transaction,
): Promise<RecordWithLists<M, L> | null> {
  const statement = statementFor(model, spec, lists);
  const rows = await runStatement(statement, id, transaction);
  if (!rows.some((row) => row.startsWith('0:'))) return null;
  return {
    content: rows.join('\u0000'),
    build() {
      const records = parseRows(statement, rows);
      return { record: buildRecord(model, spec, statement, records)!, lists: buildLists<L>(statement, records) };
    },
  };
}

/** Only the `lists` beside the record of `model` with primary key `id`, in one statement (`r` is its row). */
export async function findListsOfAsJson<L extends JsonLists>(
  model: ModelStatic<Model>,
  id: number,
  lists: L,
  transaction?: Transaction,
): Promise<ListsResult<L>> {
  const statement = statementFor(model, null, lists);
  return buildLists<L>(statement, await readStatement(statement, id, transaction));
}
