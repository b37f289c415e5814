// The main pages at the demo's size and at 300 centres × 10 years: p50/p99 at 10 concurrent users,
// the growth from the small to the large portfolio, and the SQL statements each request runs.
// Floors in the same run: /api/me (a request that reads one user) and the portfolio's own SQL run
// bare. Each year of a generated centre: a letter with 6 sections, 3 priority areas, 8 assignments
// and 2 signatories; 3 frames with a payment each; 5 deadlines; 2 meetings. The users' requests come
// from a load client in a process of its own (bench/loadClient.ts), as browsers would. Beside each
// latency it prints the CPU per request of the server, the database and the load client
// (bench/cpuMeter.ts), the steadier figure on a shared machine.
// Run: npm run bench:portfolio   (CENTRES=300 YEARS=10 USERS=10 REQUESTS=20 ROUNDS=3 to change)
import './benchEnv.js';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { median, percentile, spread } from './stats.js';
import { startHttpLoad } from './httpLoad.js';
import type { HttpLoad } from './httpLoad.js';
import { progress } from './progress.js';
import { cpuLine, cpuMeter, perRequest, totalCpu } from './cpuMeter.js';
import type { CpuSpent } from './cpuMeter.js';

const targetCentres = Number(process.env.CENTRES ?? 300);
const years = Number(process.env.YEARS ?? 10);
const users = Number(process.env.USERS ?? 10);
const requestsPerUser = Number(process.env.REQUESTS ?? 20);
const rounds = Number(process.env.ROUNDS ?? 3);

const { env } = await import('../server/env.js');
const { resetBenchDatabase } = await import('./benchDatabase.js');
const { prepareDatabase } = await import('../server/db/prepare.js');
const { sequelize } = await import('../server/db/sequelize.js');
const { seedDemo } = await import('../seeders/index.js');
const { createApp } = await import('../server/app.js');
const { createRedis, deleteKeysWithPrefix } = await import('../server/redis.js');
const { releaseSharedResources } = await import('../server/releaseShared.js');
const models = await import('../server/models/index.js');
const { portfolioStatement } = await import('../server/commands/buildPortfolio.js');
const { generateCentres } = await import('./generatedCentres.js');

const thisYear = new Date().getFullYear();

// ---- measuring ------------------------------------------------------------------------------

interface Session {
  cookie: string;
}

let baseUrl = '';

async function logIn(email: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: env.DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login as ${email}: ${response.status}`);
  return { cookie: response.headers.get('set-cookie')!.split(';')[0]! };
}

async function fetchTimed(session: Session, path: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    headers: { cookie: session.cookie, 'accept-encoding': 'gzip' },
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return performance.now() - start;
}

/** `users` sessions running `work` at once, `requestsPerUser` times each: every latency in ms. */
async function underLoad(sessions: Session[], work: () => Promise<number>): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    sessions.map(async () => {
      for (let i = 0; i < requestsPerUser; i += 1) latencies.push(await work());
    }),
  );
  return latencies;
}

/** How many SQL statements one request runs (counted alone, nothing else running). */
async function statementsPer(session: Session, path: string): Promise<number> {
  let statements = 0;
  sequelize.addHook('afterQuery', 'benchCount', () => {
    statements += 1;
  });
  try {
    await fetchTimed(session, path);
  } finally {
    sequelize.removeHook('afterQuery', 'benchCount');
  }
  return statements;
}

async function paths(year: number) {
  const napha = await models.Centre.findOne({ where: { code: 'NAPHA' } });
  const letter = await models.GrantLetter.findOne({
    where: { centreId: napha!.id, year, kind: 'main' },
  });
  const napha2009 = await models.GrantLetter.findOne({ where: { centreId: napha!.id, year: 2009 } });
  return {
    'overview (page 1)': `/api/overview/centres?year=${year}&page=1&pageSize=50`,
    'overview (last page)': `/api/overview/centres?year=${year}&page=${Math.max(1, Math.ceil((await models.Centre.count()) / 50))}&pageSize=50`,
    'letters of the year': `/api/letters?year=${year}&pageSize=50`,
    'deadlines of the year': `/api/deadlines?year=${year}&pageSize=50`,
    'deadlines, all': `/api/deadlines?pageSize=50`,
    'meetings, all': `/api/steering-meetings?pageSize=50`,
    'budget frames of the year': `/api/budget-frames?year=${year}&pageSize=50`,
    portfolio: `/api/portfolio?year=${year}`,
    'portfolio summary (the home pages’ chart)': `/api/portfolio/summary?year=${year}`,
    'letter detail (this year)': `/api/letters/${letter!.id}`,
    'letter detail (NAPHA 2009)': `/api/letters/${napha2009!.id}`,
    'letter preview (NAPHA 2009)': `/api/letters/${napha2009!.id}/preview`,
  };
}

const firstViewsName = 'letter detail (first view of each letter)';

interface Measured {
  p50: number[];
  p99: number[];
  /** CPU ms per request, per round. */
  cpu: CpuSpent[];
  statements: number;
}

async function measureAll(label: string, sessions: Session[]): Promise<Map<string, Measured>> {
  const all = await paths(thisYear);
  const results = new Map<string, Measured>();
  const cookies = sessions.map((session) => session.cookie);
  // Requests come from the load client's own process (bench/loadClient.ts); the SQL floor runs here,
  // where the product runs it.
  const overHttp = (path: string) => ({
    warm: () => http.run(cookies.slice(0, 1), [path], 1),
    load: () => http.run(cookies, [path], requestsPerUser),
  });
  // Views of letters nobody has viewed yet: the detail reuses what it built for unchanged rows, so
  // the same letter over and over (above) shows repeat views only. Newest first: the generated
  // letters, which the small portfolio's rounds never showed.
  const letterIds = (await models.GrantLetter.findAll({ attributes: ['id'], order: [['id', 'DESC']] })).map(
    (letter) => letter.id,
  );
  let nextLetter = 0;
  const unviewedLetters = (count: number) =>
    Array.from({ length: count }, () => `/api/letters/${letterIds[nextLetter++ % letterIds.length]!}`);
  const firstViews = {
    warm: () => http.run(cookies.slice(0, 1), unviewedLetters(1), 1),
    load: () => http.run(cookies, unviewedLetters(cookies.length * requestsPerUser), requestsPerUser),
  };
  const portfolioSql = async () => {
    const start = performance.now();
    await sequelize.query(portfolioStatement(false), { replacements: { year: thisYear, centreId: null }, raw: true });
    return performance.now() - start;
  };
  const work: [string, { warm(): Promise<unknown>; load(): Promise<number[]> }][] = [
    ['floor: /api/me', overHttp('/api/me')],
    ['floor: the portfolio SQL alone', { warm: portfolioSql, load: () => underLoad(sessions, portfolioSql) }],
    ...Object.entries(all).map(([name, path]): [string, ReturnType<typeof overHttp>] => [name, overHttp(path)]),
    [firstViewsName, firstViews],
  ];
  for (const [name] of work) results.set(name, { p50: [], p99: [], cpu: [], statements: 0 });
  for (const [name, path] of Object.entries(all))
    results.get(name)!.statements = await statementsPer(sessions[0]!, path);
  for (let round = 1; round <= rounds; round += 1) {
    progress(`${label}: round ${round} of ${rounds}`);
    // Interleaved: each path and its floors in every round, so load on the machine hits them alike.
    for (const [name, measure] of round % 2 ? work : [...work].reverse()) {
      await measure.warm();
      const meter = cpu.start();
      const latencies = await measure.load();
      const spent = meter.stop();
      const measured = results.get(name)!;
      measured.p50.push(percentile(latencies, 50));
      measured.p99.push(percentile(latencies, 99));
      measured.cpu.push(perRequest(spent, latencies.length));
    }
  }
  return results;
}

// ---- run ------------------------------------------------------------------------------------

progress('preparing the bench database');
const redis = createRedis();
await deleteKeysWithPrefix(redis, `${env.REDIS_PREFIX}:`);
await resetBenchDatabase(env.DATABASE_URL, prepareDatabase);
await seedDemo({ password: env.DEMO_PASSWORD });
const server = createApp({ redis }).listen(0);
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const http: HttpLoad = startHttpLoad(baseUrl);
const cpu = cpuMeter(http.pid);

// One login per user for both sizes: logins are rate-limited per address.
const sessions: Session[] = [];
for (let n = 0; n < users; n += 1) sessions.push(await logIn('saksbehandler@helsedir.example'));
const smallCentres = await models.Centre.count();
const small = await measureAll(`${smallCentres} centres`, sessions);
await generateCentres(targetCentres, {
  years: Array.from({ length: years }, (_, offset) => thisYear - offset),
  letterStatus: 'issued',
  money: true,
  calendar: true,
});
const largeCentres = await models.Centre.count();
const large = await measureAll(`${largeCentres} centres`, sessions);

http.stop();
server.closeAllConnections();
server.close();
await releaseSharedResources();
await redis.quit();
await sequelize.close();

const ms = (values: number[]) => spread(values, 'ms');
console.log(
  `bench/portfolio — ${users} users × ${requestsPerUser} requests per path, ${rounds} rounds; ` +
    `${smallCentres} centres (demo) and ${largeCentres} centres × ${years} years`,
);
for (const [name, atSmall] of small) {
  const atLarge = large.get(name)!;
  console.log(
    `\n${name}${atLarge.statements ? ` — ${atLarge.statements} SQL statements per request at ${largeCentres}` : ''}`,
  );
  console.log(`  p50 at ${String(smallCentres).padStart(3)}: ${ms(atSmall.p50)}   p99: ${ms(atSmall.p99)}`);
  console.log(`  p50 at ${String(largeCentres).padStart(3)}: ${ms(atLarge.p50)}   p99: ${ms(atLarge.p99)}`);
  console.log(`  growth of the median p50: ${(median(atLarge.p50) / median(atSmall.p50)).toFixed(2)}×`);
  console.log(`  CPU per request at ${largeCentres}: ${cpuLine(atLarge.cpu)}`);
}
const meFloor = median(large.get('floor: /api/me')!.p50);
const sqlFloor = median(large.get('floor: the portfolio SQL alone')!.p50);
// The same ratios by CPU per request (server + database + load client), which swing far less than
// latency on a shared machine.
const cpuOf = (name: string) => median(large.get(name)!.cpu.map(totalCpu));
const byCpu = (name: string, floor: string) => `${(cpuOf(name) / cpuOf(floor)).toFixed(2)}×`;
console.log(`\nAt ${largeCentres} centres, median p50 as a multiple of its floor (and the same by CPU per request):`);
// Both run the same statement; the summary leaves out the rows.
for (const name of ['portfolio', 'portfolio summary (the home pages’ chart)']) {
  const p50 = median(large.get(name)!.p50);
  console.log(
    `  ${name} ÷ its SQL alone: ${(p50 / sqlFloor).toFixed(2)}× (CPU ${byCpu(name, 'floor: the portfolio SQL alone')})`,
  );
  // Any request pays for the session, the user and HTTP (what /api/me is); beyond that, the SQL.
  console.log(`  ${name} ÷ (/api/me + its SQL alone): ${(p50 / (meFloor + sqlFloor)).toFixed(2)}×`);
}
for (const name of [
  'letter detail (NAPHA 2009)',
  'letter preview (NAPHA 2009)',
  'letter detail (this year)',
  firstViewsName,
])
  console.log(
    `  ${name} ÷ /api/me: ${(median(large.get(name)!.p50) / meFloor).toFixed(2)}× (CPU ${byCpu(name, 'floor: /api/me')})`,
  );
