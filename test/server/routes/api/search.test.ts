// GET /api/search: FULLTEXT across kinds, grouped and ranked; Norwegian letters; short queries;
// a centre user finds only its own centre's records (and its letters once issued).
import { expect } from 'chai';
import { anonymous, as } from '../../../support/http.js';

type Group = {
  kind: string;
  items: { id: number; title: string; centre: { code: string }; link: string; score: number }[];
};
const searchAs = async (role: Parameters<typeof as>[0], q: string) => {
  const reply = await (await as(role)).get(`/api/search?q=${encodeURIComponent(q)}`);
  expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
  return reply.body as { total: number; groups: Group[] };
};
const group = (body: { groups: Group[] }, kind: string) => body.groups.find((g) => g.kind === kind)?.items ?? [];

describe('GET /api/search', () => {
  let letterId: number;
  let strong: number;
  let weak: number;

  before(async () => {
    const officer = await as('caseOfficer');
    const created = await officer.post('/api/letters', {
      centre: 'KORUS-NORD',
      year: 2035,
      title: 'Tilskudd 2035',
      startFrom: 'blank',
      sections: [
        { heading: 'Særlige forhold', body: 'Senteret skal følge opp blåbærsyltetøy-prosjektet i Øvre Årdal.' },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    letterId = created.body.id;
    const add = async (title: string, description: string) => {
      const reply = await officer.post('/api/assignments', {
        letterId,
        rank: 1,
        title,
        description,
        deadlineToBeAgreed: true,
      });
      expect(reply.status, JSON.stringify(reply.body)).to.equal(201);
      return reply.body.id as number;
    };
    weak = await add('Kartlegge tilbudet i kommunene', 'Ett av temaene er fjellrevhiet i Finnmark og andre steder.');
    strong = await add('Fjellrevhiet: fjellrevhiet som læringsarena', 'Om fjellrevhiet, for fjellrevhiet.');
  });

  it('finds a letter by the text of its sections, with æøå in any case', async () => {
    for (const q of ['blåbærsyltetøy', 'BLÅBÆRSYLTETØY', 'øvre årdal', 'Årdal']) {
      const letters = group(await searchAs('caseOfficer', q), 'letter');
      expect(
        letters.map((l) => l.id),
        q,
      ).to.include(letterId);
      expect(letters.find((l) => l.id === letterId)!.link).to.equal(`/letters/${letterId}`);
    }
    expect(group(await searchAs('caseOfficer', 'syltetøyglass'), 'letter').map((l) => l.id)).not.to.include(letterId);
  });

  it('ranks by relevance: more of the words first', async () => {
    const hits = group(await searchAs('caseOfficer', 'fjellrevhiet'), 'assignment').map((a) => a.id);
    expect(hits).to.include.members([strong, weak]);
    expect(hits.indexOf(strong)).to.be.lessThan(hits.indexOf(weak));
  });

  it('groups results by kind', async () => {
    const body = await searchAs('caseOfficer', 'rapport');
    expect(body.groups.map((g) => g.kind)).to.include.members(['deadline']);
    for (const g of body.groups) for (const item of g.items) expect(item).to.have.property('link').that.matches(/^\//);
    expect(body.total).to.equal(body.groups.reduce((n, g) => n + g.items.length, 0));
  });

  it('matches short queries (below the FULLTEXT word length) on names and codes', async () => {
    const centres = group(await searchAs('caseOfficer', 'øs'), 'centre').map((c) => c.centre.code);
    expect(centres).to.include.members(['RVTS-OST', 'KORUS-OST']);
  });

  it('lets a centre user find only its own centre’s records, and no drafts', async () => {
    for (const [role, code] of [
      ['naphaLeader', 'NAPHA'],
      ['korusNordLeader', 'KORUS-NORD'],
    ] as const)
      for (const q of [
        'tilskudd',
        'rapport',
        'kompetansesenter',
        'styringsmøte',
        'ko',
        'fjellrevhiet',
        'blåbærsyltetøy',
      ]) {
        const body = await searchAs(role, q);
        const codes = body.groups.flatMap((g) => g.items.map((i) => i.centre.code));
        expect(
          codes.filter((c) => c !== code),
          `${role} ${q}`,
        ).to.deep.equal([]);
      }
    // The directorate finds across centres; the draft is not shown even to its own centre.
    const all = await searchAs('caseOfficer', 'tilskudd');
    expect(new Set(group(all, 'letter').map((l) => l.centre.code)).size).to.be.greaterThan(1);
    expect(group(await searchAs('korusNordLeader', 'blåbærsyltetøy'), 'letter')).to.deep.equal([]);
  });

  it('refuses an empty query and needs a login', async () => {
    const reply = await (await as('caseOfficer')).get('/api/search?q=%20');
    expect(reply.status).to.equal(400);
    expect(reply.body.errors[0].field).to.equal('query.q');
    expect((await anonymous().get('/api/search?q=napha')).status).to.equal(401);
  });
});
