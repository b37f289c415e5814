// Once a process has closed its shared queues, a late enqueue neither opens a new Redis connection
// (which kept a finished test run alive for good) nor throws: it is logged and left to recovery.
import { expect } from 'chai';
import { exitOf, startEntryPoint } from '../support/processes.js';

describe('workflows/queues: after the shared queues are closed', () => {
  it('refuses a late enqueue as Redis unavailable, and the process exits by itself', async () => {
    const child = startEntryPoint('test/fixtures/lateEnqueue.ts', { LOG_LEVEL: 'silent' });
    try {
      expect(await exitOf(child, 20_000), child.output()).to.equal(0);
      expect(child.output()).to.include('queued after close: false');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
