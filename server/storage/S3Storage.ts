// Files in an S3-compatible object store (AWS S3, MinIO, Ceph, …), so several API and worker
// processes on several machines read and write the same documents. Chosen by
// STORAGE_URL=s3://<bucket>[/<prefix>]?endpoint=<url>&region=<region>; the credentials come from the
// SDK's usual sources (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role).
// An object is written whole or not at all, which is what FileStorage.put promises.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { FileStorage } from './FileStorage.js';

export interface S3Location {
  bucket: string;
  /** Put before every key ("" for the bucket's root); ends with "/" when set. */
  prefix: string;
  endpoint?: string;
  region: string;
}

/** Reads s3://bucket/prefix?endpoint=…&region=… */
export function parseS3Url(url: string): S3Location {
  const parsed = new URL(url);
  if (parsed.protocol !== 's3:' || !parsed.hostname) throw new Error('must look like s3://bucket/optional-prefix');
  const path = decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, '');
  return {
    bucket: parsed.hostname,
    prefix: path ? `${path}/` : '',
    endpoint: parsed.searchParams.get('endpoint') ?? undefined,
    region: parsed.searchParams.get('region') ?? 'us-east-1',
  };
}

const notThere = (error: unknown) => error instanceof NoSuchKey || error instanceof NotFound;

export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly location: S3Location) {
    this.client = new S3Client({
      region: location.region,
      // Self-hosted stores (and the test's) answer on one host with the bucket in the path.
      ...(location.endpoint ? { endpoint: location.endpoint, forcePathStyle: true } : {}),
    });
  }

  private keyOf(key: string): string {
    if (key.split('/').some((part) => part === '..' || part === '')) throw new Error(`not a storage key: ${key}`);
    return `${this.location.prefix}${key}`;
  }

  async put(key: string, data: Buffer): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key), Body: data }));
  }

  async get(key: string): Promise<Buffer> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key) }),
      );
      return Buffer.from(await object.Body!.transformToByteArray());
    } catch (error) {
      // The same answer as the disk gives for a missing file, so callers need not know the store.
      if (notThere(error)) throw Object.assign(new Error(`no stored file ${key}`), { code: 'ENOENT' });
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key) }));
      return true;
    } catch (error) {
      if (notThere(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key) }));
  }

  /** Ends the client's connections (a shutdown). */
  close(): void {
    this.client.destroy();
  }
}
