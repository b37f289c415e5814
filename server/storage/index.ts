// The app's file storage, chosen once from the settings.
import { env } from '../env.js';
import { DiskStorage } from './DiskStorage.js';
import type { FileStorage } from './FileStorage.js';

export const storage: FileStorage = new DiskStorage(env.STORAGE_DIR);
export type { FileStorage };
