// The app's file storage, chosen once from the settings: an S3-compatible store when STORAGE_URL is
// set (several processes and machines share the documents), else the local disk under STORAGE_DIR.
import { env } from '../env.js';
import { DiskStorage } from './DiskStorage.js';
import { S3Storage, parseS3Url } from './S3Storage.js';
import type { FileStorage } from './FileStorage.js';

export const storage: FileStorage = env.STORAGE_URL
  ? new S3Storage(parseS3Url(env.STORAGE_URL))
  : new DiskStorage(env.STORAGE_DIR);
export type { FileStorage };
