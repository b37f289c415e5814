// `npm run test:mocha`: mocha over the suite's spec files in a shuffled order, so a test that only
// passes after another file has run shows up. The seed is printed; TEST_SEED=<seed> repeats an order.
// Mocha itself has no shuffle: this finds the files of .mocharc.json's `spec`, shuffles them with a
// seeded PRNG and hands them to mocha with the rest of .mocharc.json (its `spec` would add them again
// in glob order). Extra arguments go to mocha unchanged.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'glob';
import { seededRandom, shuffled } from './shuffle.js';

function seedFromEnv(): number {
  const given = process.env.TEST_SEED;
  if (given === undefined || given === '') return Math.floor(Math.random() * 2 ** 31);
  if (!/^\d+$/.test(given)) throw new Error(`TEST_SEED must be a whole number, not “${given}”`);
  return Number(given);
}

function main() {
  const { spec, ...options } = JSON.parse(readFileSync('.mocharc.json', 'utf8')) as { spec: string[] };
  const files = globSync(spec, { posix: true }).sort();
  const seed = seedFromEnv();
  const order = shuffled(files, seededRandom(seed));
  console.log(`Spec files in random order, seed ${seed} (repeat with TEST_SEED=${seed}):`);
  for (const file of order) console.log(`  ${file}`);

  const config = join(tmpdir(), `mocharc-random-${process.pid}.json`);
  writeFileSync(config, JSON.stringify(options));
  const child = spawn(
    process.execPath,
    ['node_modules/mocha/bin/mocha.js', '--config', config, ...process.argv.slice(2), ...order],
    { stdio: 'inherit' },
  );
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  child.on('exit', (code, signal) => {
    rmSync(config, { force: true });
    if (code === null) console.error(`mocha ended by ${signal}; seed ${seed}`);
    else if (code !== 0) console.error(`mocha failed; repeat this order with TEST_SEED=${seed}`);
    process.exit(code ?? 1);
  });
}

main();
