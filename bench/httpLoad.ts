// Starts the benchmark's HTTP client in a process of its own (bench/loadClient.ts) and asks it for
// load: the latencies it measured, in ms.
import { fork } from 'node:child_process';
import type { LoadReply, LoadRequest } from './loadClient.js';

export interface HttpLoad {
  /** `cookies.length` users at once, each asking `requestsPerUser` times for the `paths` in turn: every latency. */
  run(cookies: string[], paths: string[], requestsPerUser: number): Promise<number[]>;
  /** The load client's process, for its CPU time (bench/cpuMeter.ts). */
  pid: number | undefined;
  stop(): void;
}

export function startHttpLoad(baseUrl: string): HttpLoad {
  const child = fork(new URL('./loadClient.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  const waiting = new Map<number, { resolve(latencies: number[]): void; reject(error: Error): void }>();
  let nextId = 1;
  child.on('message', (reply: LoadReply) => {
    const caller = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error !== undefined) caller?.reject(new Error(reply.error));
    else caller?.resolve(reply.latencies!);
  });
  child.on('exit', (code) => {
    for (const caller of waiting.values()) caller.reject(new Error(`the load client stopped (${code})`));
    waiting.clear();
  });
  return {
    pid: child.pid,
    run(cookies, paths, requestsPerUser) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ id, baseUrl, cookies, paths, requestsPerUser } satisfies LoadRequest);
      });
    },
    stop() {
      child.kill();
    },
  };
}
