// Waits until background work has run out, for checks that something did NOT happen: every BullMQ
// queue under the test prefix has nothing waiting, active or delayed (the repeating jobs of a
// scheduler do not count: they are always delayed). A wrongly queued job is then either done, and
// its effect visible, or still pending when the wait times out, which fails the test. Needs a
// worker running, as the test files that use it have.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { bullPrefix, createBullConnection } from '../../workflows/connection.js';

async function queueNames(connection: Redis): Promise<string[]> {
  const names = new Set<string>();
  let cursor = '0';
  do {
    const [next, keys] = await connection.scan(cursor, 'MATCH', `${bullPrefix}:*:meta`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) names.add(key.slice(bullPrefix.length + 1, -':meta'.length));
  } while (cursor !== '0');
  return [...names];
}

const states = ['wait', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

/** What is still to run, as "queue: job name (state)"; empty when idle. */
async function pendingJobs(queues: Queue[]): Promise<string[]> {
  const pending: string[] = [];
  for (const queue of queues) {
    // One atomic count; only delayed jobs are looked at one by one, to leave out the schedulers'.
    const counts = await queue.getJobCounts(...states);
    for (const state of states)
      if (state !== 'delayed' && counts[state]) pending.push(`${queue.name}: ${counts[state]} ${state}`);
    if (counts.delayed)
      for (const job of await queue.getJobs(['delayed']))
        if (job && !job.repeatJobKey && !job.id?.startsWith('repeat:'))
          pending.push(`${queue.name}: ${job.name} (delayed)`);
  }
  return pending;
}

/** `only`: just these queues (a test of its own queue), else every queue under the prefix. */
export async function waitForQueueIdle(timeoutMs = 20_000, only?: string[]): Promise<void> {
  const connection = createBullConnection();
  const names = only ?? (await queueNames(connection));
  const queues = names.map((name) => new Queue(name, { connection, prefix: bullPrefix }));
  try {
    const deadline = Date.now() + timeoutMs;
    // Idle twice in a row: a delayed job promoted to waiting between two reads shows in the second.
    let idleBefore = false;
    for (;;) {
      const pending = await pendingJobs(queues);
      if (!pending.length && idleBefore) return;
      idleBefore = !pending.length;
      if (Date.now() > deadline)
        throw new Error(`background jobs still pending after ${timeoutMs} ms: ${pending.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
    await connection.quit();
  }
}
