// A problem answer is in one language: bokmål unless the request asks for English, with each
// field named as its form label, never by its path.
import { expect } from 'chai';
import { Client, anonymous } from '../../support/http.js';
import { testServer } from '../../support/server.js';
import { fieldLabel } from '../../../server/i18n/fieldLabels.js';
import { env } from '../../../server/env.js';
import { makeLetter, makeUser } from '../../support/factories.js';

const badLogin = { email: 'not-an-email', password: '' };

describe('i18n: problem answers in the language asked for', () => {
  it('answers in bokmål by default: title, detail, field label and message', async () => {
    // No Accept-Language at all, as some clients send.
    const response = await fetch(`${testServer.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(badLogin),
    });
    const problem = (await response.json()) as {
      title: string;
      detail: string;
      errors: { field: string; label: string; message: string }[];
    };
    expect(response.status).to.equal(400);
    expect(problem.title).to.equal('Ugyldige data');
    const password = problem.errors.find((error) => error.field === 'body.password');
    expect(password).to.include({ label: 'Passord', message: 'må fylles ut' });
    const email = problem.errors.find((error) => error.field === 'body.email');
    expect(email).to.include({ label: 'E-post', message: 'må være en e-postadresse' });
    expect(problem.detail).to.equal('Se over: E-post må være en e-postadresse; Passord må fylles ut');
  });

  it('answers in English when the request prefers it, and in bokmål for nb, no and nn', async () => {
    const english = await anonymous().post('/api/auth/login', badLogin);
    expect(english.body.title).to.equal('Invalid input');
    expect(english.body.errors).to.deep.include({
      field: 'body.password',
      label: 'Password',
      message: 'must not be empty',
    });
    for (const language of ['nb', 'no', 'nn-NO', 'en;q=0.5, nb;q=0.9']) {
      const reply = await new Client(undefined, language).post('/api/auth/login', badLogin);
      expect(reply.body.title, language).to.equal('Ugyldige data');
    }
  });

  it('tells a field left out ("is required") from one given wrongly ("must be a number")', async () => {
    const missing = await anonymous().get('/api/letters?page=x');
    expect(missing.status).to.equal(401); // the session comes first; the words come from validation below
    const reply = await new Client(undefined, 'nb').post('/api/auth/login', { email: 'a@b.no' });
    expect(reply.body.errors).to.deep.include({ field: 'body.password', label: 'Passord', message: 'må fylles ut' });
    const wrongType = await new Client(undefined, 'en').post('/api/auth/login', { email: 'a@b.no', password: 7 });
    expect(wrongType.body.errors).to.deep.include({
      field: 'body.password',
      label: 'Password',
      message: 'must be text',
    });
  });

  it('has a form label for every field a request body or query can name', async () => {
    const document = (await anonymous().get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: any }>>;
    };
    const unlabelled = new Set<string>();
    const walk = (schema: any) => {
      if (!schema || typeof schema !== 'object') return;
      for (const [name, property] of Object.entries<any>(schema.properties ?? {})) {
        if (!fieldLabel(`body.${name}`)) unlabelled.add(name);
        walk(property);
      }
      walk(schema.items);
      for (const key of ['allOf', 'anyOf', 'oneOf']) for (const part of schema[key] ?? []) walk(part);
    };
    for (const operations of Object.values(document.paths))
      for (const operation of Object.values(operations)) {
        for (const parameter of operation.parameters ?? [])
          if (parameter.in === 'query' && !fieldLabel(`query.${parameter.name}`)) unlabelled.add(parameter.name);
        for (const content of Object.values<any>(operation.requestBody?.content ?? {})) walk(content.schema);
      }
    expect([...unlabelled].sort()).to.deep.equal([]);
  });

  describe('real refusals', () => {
    /** A client asking for `language`, logged in as a new user with `role`. */
    async function loggedIn(role: Parameters<typeof makeUser>[0], language: string) {
      const user = await makeUser(role);
      const client = new Client(undefined, language);
      const login = await client.post('/api/auth/login', { email: user.email, password: env.DEMO_PASSWORD });
      expect(login.status).to.equal(200);
      return client;
    }

    /** No English word in a bokmål text. */
    const noEnglish = (text: string) => {
      for (const word of [' the ', ' must ', ' cannot ', ' is ', ' has ', ' only ', ' / '])
        expect(` ${text} `, text).not.to.include(word);
    };

    it('refuses a change to an issued letter (409) in the language asked for', async () => {
      const letter = await makeLetter({ status: 'issued' });
      const nb = await (await loggedIn('case_officer', 'nb')).patch(`/api/letters/${letter.id}`, { title: 'Ny' });
      expect(nb.status).to.equal(409);
      expect(nb.body.title).to.equal('Konflikt');
      expect(nb.body.detail).to.equal(
        `Brev ${letter.id} er utstedt og kan ikke lenger endres; skriv et tilleggsbrev i stedet.`,
      );
      noEnglish(nb.body.detail);
      const en = await (await loggedIn('case_officer', 'en')).patch(`/api/letters/${letter.id}`, { title: 'Ny' });
      expect(en.body).to.include({
        title: 'Conflict',
        detail: `Letter ${letter.id} is issued and can no longer change; write a supplement instead.`,
      });
    });

    it('says why a draft cannot be issued (409), with the status in words', async () => {
      const letter = await makeLetter({ status: 'draft' });
      const nb = await (await loggedIn('case_officer', 'nb')).post(`/api/letters/${letter.id}/issue`, {});
      expect(nb.status).to.equal(409);
      expect(nb.body.detail).to.equal(`Brev ${letter.id} er et utkast; det kan ikke utstedes nå.`);
      noEnglish(nb.body.detail);
    });

    it('names the role that takes a step (403) in bokmål, and in English when asked', async () => {
      const letter = await makeLetter({ status: 'approved' });
      const nb = await (await loggedIn('approver', 'nb')).post(`/api/letters/${letter.id}/issue`, {});
      expect(nb.status).to.equal(403);
      expect(nb.body).to.include({
        title: 'Ingen tilgang',
        detail: 'Bare en bruker med rollen saksbehandler kan utstede et brev.',
      });
      const en = await (await loggedIn('approver', 'en')).post(`/api/letters/${letter.id}/issue`, {});
      expect(en.body.detail).to.equal('Only a user with the role case_officer can issue a letter.');
    });

    it('answers a letter that is not there (404) in bokmål', async () => {
      const nb = await (await loggedIn('case_officer', 'nb')).get('/api/letters/999999999');
      expect(nb.status).to.equal(404);
      expect(nb.body.title).to.equal('Finnes ikke');
      noEnglish(nb.body.detail);
    });

    it("gives a command's field error with the form label, one language each", async () => {
      const body = {
        email: 'ny-leder@factory.example',
        name: 'Ny Leder',
        roles: ['centre_leader'],
        password: 'et-langt-nok-passord-2026',
      };
      const nb = await (await loggedIn('admin', 'nb')).post('/api/users', body);
      expect(nb.status).to.equal(400);
      expect(nb.body.errors).to.deep.equal([
        { field: 'body.centre', label: 'Senter', message: 'må fylles ut for senterroller' },
      ]);
      expect(nb.body.detail).to.equal('Se over: Senter må fylles ut for senterroller');
      const en = await (await loggedIn('admin', 'en')).post('/api/users', body);
      expect(en.body.errors).to.deep.equal([
        { field: 'body.centre', label: 'Centre', message: 'is required for centre roles' },
      ]);
    });
  });
});
