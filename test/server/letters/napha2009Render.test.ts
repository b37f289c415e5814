// The seeded NAPHA 2009 letter rendered to HTML and PDF, read back with pdftotext.
import { expect } from 'chai';
import { as } from '../../support/http.js';
import { flat, pdfText } from '../../support/pdf.js';

describe('letters: the NAPHA 2009 letter rendered', () => {
  let letterId: number;
  let text: string;

  before(async () => {
    const officer = await as('caseOfficer');
    letterId = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0].id;
    const reply = await officer.getBytes(`/api/letters/${letterId}/pdf`);
    expect(reply.status).to.equal(200);
    expect(reply.headers.get('content-type')).to.equal('application/pdf');
    text = flat(pdfText(reply.bytes));
  });

  it('names the centre, its host and address', () => {
    expect(text).to.include('Nasjonalt kompetansesenter for psykisk helsearbeid for voksne i kommunene');
    expect(text).to.include('NTNU Samfunnsforskning AS');
    expect(text).to.include('7491 Trondheim');
  });

  it('states kap. 743 post 62 and 70 and both frames', () => {
    expect(text).to.match(/kap\. 743 postene 62 og 70/i);
    expect(text).to.include('kap. 743 post 70');
    expect(text).to.match(/2008 kap\. 743 post 70 .*kr 8 000 000/);
    expect(text).to.match(/2009 kap\. 743 post 70 .*kr 18 000 000/);
    expect(text).to.include('(18 mill. kroner)');
  });

  it('gives the three deadlines as Norwegian dates, each once', () => {
    for (const date of ['15. februar 2009', '1. april 2009', '1. august 2009']) expect(text).to.include(date);
    for (const date of ['15.02.2009', '01.04.2009', '01.08.2009']) expect(text).not.to.include(date);
  });

  it('shows the reference of its time, the case officer and the sender in the footer', () => {
    expect(text).to.include('Vår ref.: 09/00412-1');
    expect(text).not.to.include('Vår ref.: –');
    expect(text).to.match(/Saksbehandler: Anette (.* )?Mjelde/);
    expect(text).to.match(
      /Helsedirektoratet · Postadresse: Postboks 220 Skøyen, 0213 Oslo · Org\.nr\. 983 544 622 · E-post: postmottak@helsedir\.no/,
    );
  });

  it('lists the special assignments in rank order, two at rank 1', async () => {
    const letter = (await (await as('caseOfficer')).get(`/api/letters/${letterId}`)).body;
    const titles: string[] = letter.assignments.map((a: { title: string }) => a.title);
    expect(letter.assignments.map((a: { rank: number }) => a.rank)).to.deep.equal([1, 1, 2, 3, 4, 5]);
    const positions = titles.map((title) => text.indexOf(flat(title).slice(0, 40)));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(titles),
    ).to.equal(true);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    // The table alone, without the running page header and footer a page break puts into it.
    const table = text
      .slice(text.indexOf('Prioritet Oppdrag Frist'), text.indexOf('4 Samarbeid med fylkesmennene'))
      .replace(/Vår ref\.: \S+ Side \d+ av \d+ [^–]+– \d{4}/g, ' ');
    const ranks = [...table.matchAll(/ ([1-5]) (?=[A-ZÆØÅ])/g)].map((m) => Number(m[1]));
    expect(ranks.join('')).to.include('112345');
  });

  it('prints the priority areas and special assignments in section 3, where the text introduces them', () => {
    const lower = text.toLowerCase();
    const at = (phrase: string) => lower.indexOf(phrase.toLowerCase());
    const section3 = at('3 Oppdragsbeskrivelse for 2009');
    const section4 = at('4 Samarbeid med fylkesmennene');
    expect(section3).to.be.greaterThan(-1);
    expect(section4).to.be.greaterThan(section3);
    for (const phrase of ['Kunnskapsbank: samle', 'Opplegg for lokale kartlegginger']) {
      expect(at(phrase), phrase).to.be.greaterThan(section3).and.lessThan(section4);
    }
  });

  it('closes with the signatories, the electronic approval and the copy recipients', () => {
    expect(text).to.match(/Ellinor F\. Major e\.f\..*divisjonsdirektør/);
    expect(text).to.match(/Anette Mjelde.*prosjektleder/);
    expect(text).to.include('Dokumentet er godkjent elektronisk');
    expect(text).to.match(/Kopi til: Helse- og omsorgsdepartementet Landets fylkesmenn/);
    expect(text).to.match(/Side 1 av \d/);
  });

  it('renders the same letter as HTML, in bokmål, with an English variant', async () => {
    const officer = await as('caseOfficer');
    const html = await officer.get(`/api/letters/${letterId}/preview`);
    expect(html.status).to.equal(200);
    expect(html.headers.get('content-type')).to.match(/^text\/html/);
    expect(html.headers.get('content-security-policy')).to.include("default-src 'none'");
    expect(html.body).to.include('<html lang="nb">').and.include('15. februar 2009').and.include('Særskilte oppdrag');
    const english = await officer.get(`/api/letters/${letterId}/preview?language=en`);
    expect(english.body)
      .to.include('<html lang="en">')
      .and.include('15 February 2009')
      .and.include('Special assignments');
  });
});
