// Survey indicators: the seeded 2023 survey, who sees which centre's figures, and CSV import.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { survey2023 } from '../../../../seeders/data/survey2023.js';

describe('routes/api/indicators', () => {
  it('seeds the 2023 survey exactly as the shared reference file gives it', () => {
    const path = new URL('../../../../../shared/reference/survey-2023.json', import.meta.url);
    if (!existsSync(path)) return;
    const reference = JSON.parse(readFileSync(path, 'utf8')) as {
      centres: { code: string; n: number; contacted_pct: number; channels: object; history?: object }[];
    };
    expect(
      survey2023.map((c) => ({ code: c.code, n: c.respondents, pct: c.contactedPct, channels: c.channels })),
    ).to.deep.equal(
      reference.centres.map((c) => ({ code: c.code, n: c.n, pct: c.contacted_pct, channels: c.channels })),
    );
  });

  it('lists every centre’s 2023 figures for the directorate', async () => {
    const reply = await (await as('caseOfficer')).get('/api/indicators?year=2023');
    expect(reply.status).to.equal(200);
    expect(reply.body.total).to.equal(10);
    const napha = reply.body.items.find((item: any) => item.code === 'NAPHA');
    expect(napha).to.include({ kind: 'centre', respondents: 341, contactedPct: 76 });
    expect(napha.name).to.match(/psykisk helsearbeid/);
    expect(napha.channels).to.include({ web: 217, course: 133, other: 8 });
    const korus = reply.body.items.find((item: any) => item.code === 'KORUS');
    expect(korus).to.include({ kind: 'group', contactedPct: 91 });
    const years = (await (await as('caseOfficer')).get('/api/indicators/years')).body.years;
    expect(years).to.include.members([2023, 2022, 2019, 2016]);
  });

  it('shows a centre leader only their centre and its group', async () => {
    const napha = (await (await as('naphaLeader')).get('/api/indicators')).body.items;
    expect(napha.map((item: any) => `${item.code} ${item.year}`)).to.have.members(['NAPHA 2023', 'NAPHA 2016']);
    const korus = (await (await as('korusNordLeader')).get('/api/indicators')).body.items;
    expect(korus.map((item: any) => item.code)).to.deep.equal(['KORUS']);
    const asked = (await (await as('korusNordLeader')).get('/api/indicators?centre=NAPHA')).body;
    expect(asked.total).to.equal(0);
    expect((await (await as('naphaLeader')).get('/api/indicators/years')).body.years).to.deep.equal([2023, 2016]);
  });

  it('imports a new year from CSV (semicolons, quotes, empty cells) and replaces it on a second import', async () => {
    const officer = await as('caseOfficer');
    const csv = 'centre;n;contacted_pct;web;phone\r\n"NAPHA";340;78;220;\r\nKORUS;340;90;230;120\r\n';
    const reply = await officer.post('/api/indicators/import', { year: 2026, csv });
    expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
    expect(reply.body.items).to.have.length(2);
    const napha = reply.body.items.find((item: any) => item.code === 'NAPHA');
    expect(napha).to.include({ respondents: 340, contactedPct: 78 });
    expect(napha.channels).to.include({ web: 220, phone: null, course: null });

    const again = await officer.post('/api/indicators/import', {
      year: 2026,
      csv: 'centre,n,contacted_pct\nNKVTS,300,40',
    });
    expect(again.body.items.map((item: any) => item.code)).to.deep.equal(['NKVTS']);
    const audit = (await (await as('auditor')).get('/api/audit?entityType=SurveyIndicator')).body.items;
    expect(audit[0]).to.include({ action: 'import', entityId: 'year:2026' });
  });

  it('names each bad line and column, and writes nothing', async () => {
    const before = await rowCounts();
    const csv = 'centre;n;contacted_pct;web\nNAPHA;340;101;20\nNOPE;1;1;1\nNKVTS;10;5;11';
    const reply = await (await as('caseOfficer')).post('/api/indicators/import', { year: 2027, csv });
    expect(reply.status).to.equal(400);
    const messages = reply.body.errors.map((e: any) => `${e.field}: ${e.message}`);
    expect(messages).to.deep.equal([
      'body.csv: line 2, column contacted_pct: "101" must be a whole number from 0 to 100',
      'body.csv: line 3, column centre: unknown centre or group "NOPE"',
      'body.csv: line 4, column web: 11 is more than n (10)',
    ]);
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('reads a BOM, quoted cells with separators, quotes and line breaks, and mixed line ends', async () => {
    const officer = await as('caseOfficer');
    const csv = '\uFEFF"centre";"n";contacted_pct\r\n\r\n"NAPHA";"34""0";1\n"KORUS";"3;4";2\rNKVTS;"x\ny";3';
    const reply = await officer.post('/api/indicators/import', { year: 2029, csv });
    expect(reply.status).to.equal(400);
    expect(reply.body.errors.map((e: any) => e.message)).to.deep.equal([
      'line 3, column n: "34"0" must be a whole number from 0 to 100000',
      'line 4, column n: "3;4" must be a whole number from 0 to 100000',
      'line 6, column n: "x\ny" must be a whole number from 0 to 100000',
    ]);
    const good = await officer.post('/api/indicators/import', {
      year: 2029,
      csv: '\uFEFFcentre;n;contacted_pct\r\n"NAPHA";" 340 ";"78 %"\n\n;;\nKORUS;10;-',
    });
    expect(good.status, JSON.stringify(good.body)).to.equal(200);
    expect(good.body.items.map((item: any) => [item.code, item.respondents, item.contactedPct])).to.have.deep.members([
      ['NAPHA', 340, 78],
      ['KORUS', 10, null],
    ]);
  });

  it('names the line of a row of another length, an unclosed quote, and the limits', async () => {
    const officer = await as('caseOfficer');
    const errors = async (csv: string) =>
      (await officer.post('/api/indicators/import', { year: 2029, csv })).body.errors.map((e: any) => e.message);
    expect(await errors('centre;n;contacted_pct\nNAPHA;1\n\nKORUS;1;2;3')).to.deep.equal([
      'line 2: has 2 cells, the header has 3',
      'line 4: has 4 cells, the header has 3',
    ]);
    expect(await errors('centre;n;contacted_pct\nNAPHA;1;2\n"KORUS;1;2\n')).to.deep.equal([
      'line 3: a quoted cell is not closed',
    ]);
    expect(await errors(`centre;n;contacted_pct\n${'NAPHA;1;2\n'.repeat(1_001)}`)).to.deep.equal([
      'has 1001 data lines; at most 1000 (one line per centre or group)',
    ]);
    expect(await errors(`${'x;'.repeat(50)}x\nNAPHA`)).to.deep.equal(['line 1: has 51 columns; at most 50']);
    expect(await errors('centre;n;size\nNAPHA;1')).to.deep.equal([
      'line 1: the header needs a column "contacted_pct"',
      'line 1: unknown column "size" (known: centre, n, contacted_pct, web, phone, collaboration, elearning, articles, course, programme, other)',
    ]);
  });

  it('lets only case officers and admins import', async () => {
    for (const role of ['finance', 'naphaLeader', 'auditor'] as const) {
      const reply = await (
        await as(role)
      ).post('/api/indicators/import', { year: 2028, csv: 'centre,n,contacted_pct\nNAPHA,1,1' });
      expect(reply.status, role).to.equal(403);
    }
  });
});
