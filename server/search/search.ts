// Search across centres, letters (title and section text), special assignments, deadlines,
// meetings and agenda items: one query per kind (MATCH … AGAINST on the FULLTEXT indexes of
// migration 0061, or LIKE for short queries; see searchQuery.ts), ranked by relevance, confined to
// a centre user's own centre in SQL and then checked against each record's read policy.
import { QueryTypes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import { AgendaItem, Assignment, Centre, Deadline, GrantLetter, SteeringMeeting } from '../models/index.js';
import type { User } from '../models/index.js';
import { can, confinedCentreId } from '../policies/index.js';
import { searchQuery } from './searchQuery.js';
import type { SearchQuery } from './searchQuery.js';

export const searchKinds = ['centre', 'letter', 'assignment', 'deadline', 'meeting', 'agendaItem'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchHit {
  kind: SearchKind;
  id: number;
  title: string;
  detail: string | null;
  centre: { code: string; name: string };
  year: number | null;
  link: string;
  score: number;
}

interface Row {
  id: number;
  title: string;
  detail: string | null;
  centre_id: number;
  code: string;
  name: string;
  year: number | null;
  status: string | null;
  letter_status: string | null;
  parent_id: number | null;
  score: number;
}

const PER_KIND = 20;

/** One kind: its tables, the FULLTEXT columns (exactly one index's), the LIKE columns, and its link. */
interface KindSpec {
  kind: SearchKind;
  select: string;
  from: string;
  match: string[];
  like: string[];
  /** For a centre user: what else confines the rows (a centre sees its letters once issued). */
  centreOnly?: string;
  /** Extra relevance (a letter's best-matching section); a SQL expression using :against. */
  extraScore?: { join: string; score: string; matched: string };
  /** The column holding the record's centre. */
  centreColumn: string;
  link: (row: Row) => string;
  visible: (actor: User, row: Row) => boolean;
}

const letterOf = (row: Row) => GrantLetter.build({ centreId: row.centre_id, status: row.letter_status } as never);

const kinds: KindSpec[] = [
  {
    kind: 'centre',
    select:
      'c.id, c.name AS title, c.code AS detail, c.id AS centre_id, NULL AS year, NULL AS status, NULL AS letter_status, NULL AS parent_id',
    from: 'centres c',
    centreColumn: 'c.id',
    match: ['c.name', 'c.code', 'c.city'],
    like: ['c.name', 'c.code'],
    link: (row) => `/centres/${encodeURIComponent(row.code)}`,
    visible: (actor, row) => can(actor, 'read', Centre.build({ id: row.centre_id } as never)),
  },
  {
    kind: 'letter',
    select:
      'gl.id, gl.title, gl.reference_number AS detail, gl.centre_id, gl.year, gl.status, gl.status AS letter_status, NULL AS parent_id',
    from: 'grant_letters gl',
    centreColumn: 'gl.centre_id',
    match: ['gl.title', 'gl.reference_number'],
    like: ['gl.title', 'gl.reference_number'],
    centreOnly: "gl.status = 'issued'",
    // A letter is found by the text of its sections too; its best section adds to its relevance.
    extraScore: {
      join: `LEFT JOIN (SELECT letter_id, MAX(MATCH(heading, body) AGAINST (:against IN BOOLEAN MODE)) AS score
               FROM letter_sections WHERE MATCH(heading, body) AGAINST (:against IN BOOLEAN MODE)
               GROUP BY letter_id) ls ON ls.letter_id = gl.id`,
      score: 'COALESCE(ls.score, 0)',
      matched: 'ls.letter_id IS NOT NULL',
    },
    link: (row) => `/letters/${row.id}`,
    visible: (actor, row) => can(actor, 'read', letterOf(row)),
  },
  {
    kind: 'assignment',
    select:
      'a.id, a.title, NULL AS detail, a.centre_id, gl.year, NULL AS status, gl.status AS letter_status, a.letter_id AS parent_id',
    from: 'assignments a JOIN grant_letters gl ON gl.id = a.letter_id',
    centreColumn: 'a.centre_id',
    match: ['a.title', 'a.description'],
    like: ['a.title'],
    centreOnly: "gl.status = 'issued'",
    link: (row) => `/letters/${row.parent_id}`,
    visible: (actor, row) => {
      const assignment = Assignment.build({ centreId: row.centre_id } as never);
      assignment.letter = letterOf(row);
      return can(actor, 'read', assignment);
    },
  },
  {
    kind: 'deadline',
    select:
      'd.id, d.title, d.due_date AS detail, d.centre_id, d.year, d.status, NULL AS letter_status, NULL AS parent_id',
    from: 'deadlines d',
    centreColumn: 'd.centre_id',
    match: ['d.title'],
    like: ['d.title'],
    link: (row) => `/deadlines/${row.id}`,
    visible: (actor, row) => can(actor, 'read', Deadline.build({ centreId: row.centre_id } as never)),
  },
  {
    kind: 'meeting',
    select: `m.id, CONCAT('Styringsmøte ', m.sequence, '/', m.year) AS title, m.location AS detail, m.centre_id, m.year,
             m.status, NULL AS letter_status, NULL AS parent_id`,
    from: 'steering_meetings m',
    centreColumn: 'm.centre_id',
    match: ['m.location'],
    like: ['m.location'],
    link: (row) => `/meetings/${row.id}`,
    visible: (actor, row) => can(actor, 'read', SteeringMeeting.build({ centreId: row.centre_id } as never)),
  },
  {
    kind: 'agendaItem',
    select: `ai.id, ai.title, CONCAT('Styringsmøte ', m.sequence, '/', m.year) AS detail, m.centre_id, m.year,
             NULL AS status, NULL AS letter_status, m.id AS parent_id`,
    from: 'agenda_items ai JOIN steering_meetings m ON m.id = ai.steering_meeting_id',
    centreColumn: 'm.centre_id',
    match: ['ai.title', 'ai.description'],
    like: ['ai.title'],
    link: (row) => `/meetings/${row.parent_id}`,
    visible: (actor, row) => {
      const item = AgendaItem.build({} as never);
      item.steeringMeeting = SteeringMeeting.build({ centreId: row.centre_id } as never);
      return can(actor, 'read', item);
    },
  },
];

function sqlFor(spec: KindSpec, query: SearchQuery, centreId: number | undefined) {
  const scope =
    centreId === undefined ? [] : [`${spec.centreColumn} = :centreId`, ...(spec.centreOnly ? [spec.centreOnly] : [])];
  const joinCentre = spec.kind === 'centre' ? '' : `JOIN centres c ON c.id = ${spec.centreColumn}`;
  const centreCols = 'c.code, c.name AS name';
  if (query.mode === 'like') {
    const likes = spec.like.map((column) => `${column} LIKE :pattern`).join(' OR ');
    // Shorter matching titles first: "ØS" ranks a title that is nearly only that above a long one.
    return `SELECT ${spec.select}, ${centreCols}, 1 / (1 + CHAR_LENGTH(${spec.like[0]})) AS score
            FROM ${spec.from} ${joinCentre}
            WHERE (${likes}) ${scope.map((s) => `AND ${s}`).join(' ')}
            ORDER BY score DESC, id DESC LIMIT ${PER_KIND}`;
  }
  const match = `MATCH(${spec.match.join(', ')}) AGAINST (:against IN BOOLEAN MODE)`;
  const extra = spec.extraScore;
  return `SELECT ${spec.select}, ${centreCols}, ${match} * 2${extra ? ` + ${extra.score}` : ''} AS score
          FROM ${spec.from} ${joinCentre} ${extra?.join ?? ''}
          WHERE (${match}${extra ? ` OR ${extra.matched}` : ''}) ${scope.map((s) => `AND ${s}`).join(' ')}
          ORDER BY score DESC, id DESC LIMIT ${PER_KIND}`;
}

/** The hits per kind, best first; kinds with none are left out. */
export async function search(actor: User, typed: string): Promise<{ kind: SearchKind; items: SearchHit[] }[]> {
  const query = searchQuery(typed);
  const centreId = confinedCentreId(actor);
  const groups = await Promise.all(
    kinds.map(async (spec) => {
      const rows = await sequelize.query<Row>(sqlFor(spec, query, centreId), {
        type: QueryTypes.SELECT,
        replacements: {
          centreId: centreId ?? null,
          ...(query.mode === 'like' ? { pattern: query.pattern } : { against: query.against }),
        },
      });
      const items = rows
        .filter((row) => spec.visible(actor, row))
        .map((row): SearchHit => ({
          kind: spec.kind,
          id: row.id,
          title: row.title,
          detail: row.detail === null ? null : String(row.detail),
          centre: { code: row.code, name: row.name },
          year: row.year === null ? null : Number(row.year),
          link: spec.link(row),
          score: Number(row.score),
        }));
      return { kind: spec.kind, items };
    }),
  );
  return groups.filter((group) => group.items.length);
}
