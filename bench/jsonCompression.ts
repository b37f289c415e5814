// JSON answers compressed two ways, served by Express to USERS concurrent users from the load client
// (bench/loadClient.ts, a process of its own), interleaved over ROUNDS rounds:
//   product (server/routes/sendWhole.ts): the whole body gzipped in one call on the main thread.
//   floor:   the same app answering with res.json, gzipped by the compression middleware's stream.
// Both apps have the compression middleware with the product's options; only the way an answer is
// compressed differs. Bodies: the demo's NAPHA 2009 letter as the seeders hold it (~13 kB) and a portfolio-shaped list of 843 rows (~200 kB, the year's portfolio at 300 centres).
// Prints p50 latency and this process's CPU per answer (main thread and thread pool).
// Run: npm run bench:json   (REQUESTS=100 USERS=10 ROUNDS=3 to change)
import express from 'express';
import type { AddressInfo } from 'node:net';
import { constants } from 'node:zlib';
import compression from 'compression';
import { sendJson } from '../server/routes/sendWhole.js';
import { napha2009Letter } from '../seeders/napha2009.js';
import { startHttpLoad } from './httpLoad.js';
import { percentile, ratioLine, spread } from './stats.js';

const requestsPerUser = Number(process.env.REQUESTS ?? 100);
const users = Number(process.env.USERS ?? 10);
const rounds = Number(process.env.ROUNDS ?? 3);

function portfolioShaped(rows: number) {
  return Array.from({ length: rows }, (_, row) => ({
    centre: {
      code: `GEN-${String(Math.floor(row / 3) + 1).padStart(3, '0')}`,
      name: `Senter ${Math.floor(row / 3) + 1}`,
    },
    budgetLine: { chapter: 743, item: [21, 62, 70][row % 3], name: `Kap. 743 post ${[21, 62, 70][row % 3]}` },
    frameOre: 1_000_000_00 + row * 1_234_00,
    paidOre: 500_000_00 + row * 617_00,
    remainingOre: 500_000_00 + row * 617_00,
    spentOre: row % 7 === 0 ? 0 : 400_000_00 + row * 99_00,
    unspentOre: row % 7 === 0 ? 0 : 100_000_00 - row * 11_00,
    accountsStatus: row % 7 === 0 ? null : 'approved',
  }));
}

const bodies: Record<string, unknown> = { letter: napha2009Letter, portfolio: { rows: portfolioShaped(843) } };

const app = express();
app.use(compression({ level: constants.Z_BEST_SPEED }));
app.get('/one-call/:body', (req, res) => sendJson(req, res, 200, bodies[req.params.body]));
app.get('/stream/:body', (req, res) => void res.json(bodies[req.params.body]));
const server = app.listen(0);
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const http = startHttpLoad(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
const cookies = Array.from({ length: users }, () => 'bench=1');

async function measure(path: string) {
  const before = process.cpuUsage();
  const latencies = await http.run(cookies, [path], requestsPerUser);
  const used = process.cpuUsage(before);
  return { p50: percentile(latencies, 50), cpu: (used.user + used.system) / 1000 / latencies.length };
}

console.log(`bench/jsonCompression — ${users} users × ${requestsPerUser} requests per path, ${rounds} rounds`);
for (const name of Object.keys(bodies)) {
  const size = Buffer.byteLength(JSON.stringify(bodies[name]));
  const product = { p50: [] as number[], cpu: [] as number[] };
  const floor = { p50: [] as number[], cpu: [] as number[] };
  await measure(`/one-call/${name}`);
  await measure(`/stream/${name}`);
  for (let round = 1; round <= rounds; round += 1) {
    // In turns, so load on the machine falls on both alike.
    for (const [into, path] of round % 2
      ? ([
          [product, `/one-call/${name}`],
          [floor, `/stream/${name}`],
        ] as const)
      : ([
          [floor, `/stream/${name}`],
          [product, `/one-call/${name}`],
        ] as const)) {
      const { p50, cpu } = await measure(path);
      into.p50.push(p50);
      into.cpu.push(cpu);
    }
  }
  console.log(`\n${name}: ${(size / 1024).toFixed(0)} kB of JSON`);
  console.log(
    `  in one call (sendWhole):  p50 ${spread(product.p50, 'ms')}   CPU ${spread(product.cpu, 'ms per answer')}`,
  );
  console.log(`  gzip stream (middleware): p50 ${spread(floor.p50, 'ms')}   CPU ${spread(floor.cpu, 'ms per answer')}`);
  console.log(
    `  one call ÷ stream, CPU per answer: ${ratioLine(product.cpu, floor.cpu)}; p50: ${ratioLine(product.p50, floor.p50)} (lower is better)`,
  );
}

http.stop();
server.closeAllConnections();
server.close();
