// The entry points as processes: bad settings stop start-up naming the setting; the worker and
// the API shut down cleanly on SIGTERM.
import { expect } from 'chai';
import { exitOf, startEntryPoint, waitForOutput } from '../support/processes.js';
import { childRedisPrefix } from '../support/redis.js';

// A Redis prefix of their own: the repeating jobs these processes schedule must not run in the
// workers other test files start.
const ownPrefix = { REDIS_PREFIX: childRedisPrefix('main') };

describe('server/main and workflows/run-worker as processes', () => {
  it('stops start-up with a message naming the bad setting', async () => {
    const child = startEntryPoint('server/main.ts', { PORT: 'eighty', REDIS_URL: 'http://localhost' });
    expect(await exitOf(child)).to.equal(1);
    expect(child.output())
      .to.match(/PORT/)
      .and.match(/REDIS_URL: must start with redis:\/\//);
  });

  it('starts the API and a worker, answers, and exits 0 on SIGTERM', async () => {
    const child = startEntryPoint('server/main.ts', { ...ownPrefix, PORT: '0', LOG_LEVEL: 'info', RUN_WORKER: 'true' });
    try {
      await waitForOutput(child, /Demo-brukere/);
      expect(child.output()).to.match(/saksbehandler@helsedir\.example/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exitOf(child)).to.equal(0);
    expect(child.output()).to.match(/shutting down/);
  });

  it('runs a worker alone and exits 0 on SIGTERM', async () => {
    const child = startEntryPoint('workflows/run-worker.ts', { ...ownPrefix, LOG_LEVEL: 'info' });
    try {
      await waitForOutput(child, /worker started/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exitOf(child)).to.equal(0);
  });
});
