// After the suite has released everything, the process should exit on its own. If something still
// holds it (a socket, a timer, a child process), mocha would wait forever and CI would run into its
// time limit with no clue. This watchdog, unref'd so it never keeps the process alive itself, names
// what is still open (for a Redis connection, where it was opened) and fails the run instead.
import { Redis } from 'ioredis';

const GRACE_MS = 30_000;

// Where each Redis connection of this process was opened: a socket alone does not say whose it is.
const openedAt = new Map<Redis, string>();
// Called back with its own `this` below.
// eslint-disable-next-line @typescript-eslint/unbound-method
const connect = Redis.prototype.connect;
Redis.prototype.connect = function (this: Redis, ...args: Parameters<Redis['connect']>) {
  if (!openedAt.has(this)) openedAt.set(this, (new Error().stack ?? '').split('\n').slice(2, 12).join('\n'));
  return connect.apply(this, args);
};

interface Describable {
  constructor?: { name?: string };
  remoteAddress?: string;
  remotePort?: number;
  localPort?: number;
  pid?: number;
  spawnfile?: string;
  _idleTimeout?: number;
  _onTimeout?: { name?: string; toString(): string };
}

function describeHandle(handle: Describable): string {
  const kind = handle.constructor?.name ?? 'unknown';
  if (handle.remotePort !== undefined) return `${kind} to ${handle.remoteAddress}:${handle.remotePort}`;
  if (handle.localPort !== undefined) return `${kind} listening on ${handle.localPort}`;
  if (handle.pid !== undefined) return `${kind} pid ${handle.pid} (${handle.spawnfile ?? '?'})`;
  if (handle._onTimeout) {
    const source = handle._onTimeout.toString().replace(/\s+/g, ' ').slice(0, 160);
    return `${kind} every/after ${handle._idleTimeout} ms: ${source}`;
  }
  return kind;
}

/** A connection holds the process only while its socket is open (a closed one may still say "reconnecting"). */
const liveSocket = (redis: Redis) => {
  const { stream } = redis as unknown as { stream?: { destroyed: boolean } };
  return !!stream && !stream.destroyed;
};

export function armExitWatchdog(): void {
  const timer = setTimeout(() => {
    const processWithHandles = process as unknown as { _getActiveHandles(): Describable[] };
    const open = processWithHandles
      ._getActiveHandles()
      .filter((handle) => handle !== (timer as unknown) && handle !== process.stdout && handle !== process.stderr);
    console.error(`\nThe test process did not exit ${GRACE_MS / 1000} s after the suite. Still open:`);
    for (const handle of open) console.error(`  - ${describeHandle(handle)}`);
    for (const [redis, stack] of openedAt)
      if (liveSocket(redis)) console.error(`  Redis connection (${redis.status}) opened at:\n${stack}`);
    console.error(`Resources: ${process.getActiveResourcesInfo().join(', ')}`);
    // Mocha sets the exit code to its failure count on exit; this listener, added last, has the last word.
    process.on('exit', () => {
      process.exitCode = 1;
    });
    process.exit(1);
  }, GRACE_MS);
  timer.unref();
}
