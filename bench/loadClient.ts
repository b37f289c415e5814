// The benchmark's HTTP client, run as a process of its own (bench/httpLoad.ts starts it): users'
// browsers do not share the server's event loop, so neither may the client that stands in for them.
// In the server's process its requests, responses and decompression cost the server's thread time
// that the floors it is compared with did not pay alike.
import { performance } from 'node:perf_hooks';

export interface LoadRequest {
  id: number;
  baseUrl: string;
  /** One session cookie per concurrent user. */
  cookies: string[];
  /** The paths asked for, in turn: user u's request i asks for paths[(u × requestsPerUser + i) mod their count]. */
  paths: string[];
  requestsPerUser: number;
}

export interface LoadReply {
  id: number;
  latencies?: number[];
  error?: string;
}

async function timed(baseUrl: string, cookie: string, path: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie, 'accept-encoding': 'gzip' } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return performance.now() - start;
}

/** Every user asks `requestsPerUser` times, one request after another, all users at once. */
async function load(request: LoadRequest): Promise<number[]> {
  const latencies: number[] = [];
  const { paths, requestsPerUser } = request;
  await Promise.all(
    request.cookies.map(async (cookie, user) => {
      for (let i = 0; i < requestsPerUser; i += 1)
        latencies.push(await timed(request.baseUrl, cookie, paths[(user * requestsPerUser + i) % paths.length]!));
    }),
  );
  return latencies;
}

process.on('message', (request: LoadRequest) => {
  load(request).then(
    (latencies) => process.send!({ id: request.id, latencies } satisfies LoadReply),
    (error: Error) => process.send!({ id: request.id, error: error.message } satisfies LoadReply),
  );
});
