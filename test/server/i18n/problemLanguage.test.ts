// A problem answer is in one language: bokmål unless the request asks for English, with each
// field named as its form label, never by its path.
import { expect } from 'chai';
import { Client, anonymous } from '../../support/http.js';
import { testServer } from '../../support/server.js';
import { fieldLabel } from '../../../server/i18n/fieldLabels.js';

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
});
