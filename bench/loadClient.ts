// The benchmark's HTTP client, run as a process of its own (bench/httpLoad.ts starts it): users'
// browsers do not share the server's event loop, so neither may the client that stands in for them.
// In the server's process its requests, responses and decompression cost the server's thread time
// that the floors it is compared with did not pay alike.
//
// It still shares the machine's two cores with the server, so it is kept as cheap as a browser's
// network stack: node:http with keep-alive and zlib's native gunzip. Node's fetch (undici) passed
// each 16 KB of a decompressed answer through web streams: 3.0 ms of client CPU per 245 KB portfolio
// answer against 0.9 ms this way (0.5 against 0.2 ms for /api/me), taken from the server it measured.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';

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

const agent = new http.Agent({ keepAlive: true });
const inflate = promisify(gunzip);

/** One GET as a browser makes it (gzip accepted, the whole answer read and inflated): its latency in ms. */
function timed(baseUrl: string, cookie: string, path: string): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(
      new URL(path, baseUrl),
      { agent, headers: { cookie, 'accept-encoding': 'gzip' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`${path}: ${response.statusCode}`));
          const body = Buffer.concat(chunks);
          const read = response.headers['content-encoding'] === 'gzip' ? inflate(body) : Promise.resolve(body);
          read.then(() => resolve(performance.now() - start), reject);
        });
      },
    );
    request.on('error', reject);
  });
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
