// /metrics for Prometheus: only with the bearer token, HTTP latency under route patterns (not raw
// ids), queue depths read from Redis and the outbox's figures read from the database.
import { expect } from 'chai';
import { OutboxEmail } from '../../server/models/index.js';
import { anonymous, as } from '../support/http.js';
import { testServer } from '../support/server.js';

const scrape = (token?: string) =>
  fetch(`${testServer.baseUrl}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

/** The value of one series, e.g. outbox_emails{status="failed"}. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('asks for the bearer token and refuses a wrong one', async () => {
    expect((await scrape()).status).to.equal(401);
    expect((await scrape('wrong-token-of-some-length')).status).to.equal(401);
    expect((await anonymous().get('/metrics')).status).to.equal(401);
  });

  it('reports requests by route pattern, queue depths and the outbox as the database has it', async () => {
    const officer = await as('caseOfficer');
    const letter = (await officer.get('/api/letters?pageSize=1')).body.items[0];
    await officer.get(`/api/letters/${letter.id}`);
    const reply = await scrape(process.env.METRICS_TOKEN);
    expect(reply.status).to.equal(200);
    expect(reply.headers.get('content-type')).to.match(/^text\/plain/);
    const text = await reply.text();
    expect(
      valueOf(text, 'http_request_duration_seconds_count{method="GET",route="/api/letters/:id",status="200"}'),
    ).to.be.at.least(1);
    expect(text).not.to.include(`route="/api/letters/${letter.id}"`);
    for (const queue of ['mail', 'documents', 'bulk', 'maintenance'])
      expect(valueOf(text, `queue_jobs{queue="${queue}",state="waiting"}`), queue).to.be.a('number');
    expect(valueOf(text, 'outbox_emails{status="failed"}')).to.equal(
      await OutboxEmail.count({ where: { status: 'failed' } }),
    );
    expect(valueOf(text, 'outbox_emails{status="pending"}')).to.be.a('number');
  });
});
