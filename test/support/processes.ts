// Runs one of the project's entry points as a real child process (through tsx, as npm scripts do).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export function startEntryPoint(
  file: string,
  env: Record<string, string> = {},
): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return Object.assign(child, { output: () => output });
}

export function exitOf(child: ChildProcess, timeoutMs = 20_000): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`process did not exit within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export async function waitForOutput(child: ReturnType<typeof startEntryPoint>, pattern: RegExp, timeoutMs = 20_000) {
  const started = Date.now();
  while (!pattern.test(child.output())) {
    if (Date.now() - started > timeoutMs) throw new Error(`no ${pattern} in output:\n${child.output()}`);
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
