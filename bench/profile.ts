// A CPU profile of one stretch of a benchmark (BENCH_PROFILE=dir), through the inspector, so the
// profile shows the measured work and not the seeding around it. Open the .cpuprofile file in
// Chrome's DevTools (Performance) or any viewer of the format.
import { Session } from 'node:inspector/promises';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function startProfile() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stopInto(dir: string, name: string): Promise<string> {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${name}-${Date.now()}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      return file;
    },
  };
}
