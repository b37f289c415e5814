// A local S3-compatible server (s3rver) for tests: one bucket in a temporary directory and the
// STORAGE_URL that points the app at it (test/setup/env.ts sets the credentials s3rver accepts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface LocalS3 {
  storageUrl: string;
  stop(): Promise<void>;
}

export async function startLocalS3(bucket = 'styringsdialog-test'): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), 'styringsdialog-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return {
    storageUrl: `s3://${bucket}/documents?endpoint=${encodeURIComponent(`http://127.0.0.1:${port}`)}&region=us-east-1`,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
