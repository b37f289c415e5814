import { expect } from 'chai';
import { validate } from '@readme/openapi-parser';
import { anonymous } from '../../../support/http.js';
import { buildApiRouter } from '../../../../server/routes/api/index.js';

/** Every route the API router serves, as "METHOD /path/{param}". */
function servedRoutes(): string[] {
  const router = buildApiRouter() as unknown as {
    stack: { route?: { path: string; methods: Record<string, boolean> } }[];
  };
  return router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) =>
      Object.keys(layer.route!.methods).map(
        (method) => `${method.toUpperCase()} ${layer.route!.path.replace(/:([A-Za-z]+)/g, '{$1}')}`,
      ),
    );
}

describe('routes/api: OpenAPI', () => {
  it('serves a valid OpenAPI 3.1 document that lists every route', async () => {
    const reply = await anonymous().get('/api/openapi.json');
    expect(reply.status).to.equal(200);
    expect(reply.body.openapi).to.equal('3.1.0');
    const result = await validate(structuredClone(reply.body));
    expect(result.valid, JSON.stringify('errors' in result ? result.errors : [])).to.equal(true);

    const documented = Object.entries(reply.body.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const served = servedRoutes();
    expect(served.length).to.be.greaterThan(40);
    expect(served.filter((route) => !documented.includes(route))).to.deep.equal([]);
  });

  it('documents request fields in camelCase with centres by code', async () => {
    const document = (await anonymous().get('/api/openapi.json')).body;
    const body = document.paths['/api/deadlines'].post.requestBody.content['application/json'].schema;
    expect(body.properties).to.have.keys(
      'centre',
      'year',
      'kind',
      'title',
      'dueDate',
      'periodYear',
      'status',
      'letterId',
      'assignmentId',
      'steeringMeetingId',
    );
  });

  it('is browsable at /api/docs', async () => {
    const reply = await anonymous().get('/api/docs/');
    expect(reply.status).to.equal(200);
    expect(reply.body).to.match(/swagger-ui/i);
  });
});
