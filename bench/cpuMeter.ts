// CPU time spent by the three processes a request passes through — this one (the server, and the
// SQL floor that runs here), the load client and the local database server — read before and after
// a stretch of load. On a shared 2-core machine latency swings by a third from run to run while CPU
// per request moves far less, so the benches print both. Linux only (/proc); where a process cannot
// be read (a database on another host, another OS) its figure is left out, never guessed.
import { readFileSync, readdirSync } from 'node:fs';
import { median } from './stats.js';

export interface CpuSpent {
  server: number;
  client?: number;
  database?: number;
}

const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux

/** utime + stime of a process, in ms; undefined when it cannot be read. */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name, which may hold spaces, closed by the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
  } catch {
    return undefined;
  }
}

/** The local MariaDB or MySQL server's pid, if it runs on this machine and /proc shows it. */
function databasePid(): number | undefined {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
        if (name === 'mariadbd' || name === 'mysqld') return Number(entry);
      } catch {
        // gone, or not ours to read
      }
    }
  } catch {
    // no /proc
  }
  return undefined;
}

/** Measures stretches of work: `start()` then `stop()` gives the CPU ms each process spent between. */
export function cpuMeter(clientPid: number | undefined) {
  const database = databasePid();
  return {
    start() {
      const server = process.cpuUsage();
      const client = processCpuMs(clientPid);
      const db = processCpuMs(database);
      return {
        stop(): CpuSpent {
          const used = process.cpuUsage(server);
          const clientNow = processCpuMs(clientPid);
          const dbNow = processCpuMs(database);
          return {
            server: (used.user + used.system) / 1000,
            ...(client !== undefined && clientNow !== undefined ? { client: clientNow - client } : {}),
            ...(db !== undefined && dbNow !== undefined ? { database: dbNow - db } : {}),
          };
        },
      };
    },
  };
}

/** CPU spent over `count` requests, per request. */
export function perRequest(spent: CpuSpent, count: number): CpuSpent {
  const each = (ms: number | undefined) => (ms === undefined ? undefined : ms / count);
  return {
    server: spent.server / count,
    ...(spent.client !== undefined ? { client: each(spent.client) } : {}),
    ...(spent.database !== undefined ? { database: each(spent.database) } : {}),
  };
}

/** All three processes' CPU per request (the parts that could be read). */
export const totalCpu = (spent: CpuSpent) => spent.server + (spent.client ?? 0) + (spent.database ?? 0);

/** "server 2.08 + database 1.02 + load client 0.45 = 3.55 ms", each the median over rounds. */
export function cpuLine(rounds: CpuSpent[]): string {
  const part = (label: string, pick: (spent: CpuSpent) => number | undefined) => {
    const values = rounds.map(pick).filter((value): value is number => value !== undefined);
    return values.length === rounds.length ? [`${label} ${median(values).toFixed(2)}`] : [];
  };
  const parts = [
    ...part('server', (spent) => spent.server),
    ...part('database', (spent) => spent.database),
    ...part('load client', (spent) => spent.client),
  ];
  return `${parts.join(' + ')} = ${median(rounds.map(totalCpu)).toFixed(2)} ms`;
}
