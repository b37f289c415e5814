// Uploaded documents (hand-ins, agenda attachments) kept in storage while a transaction records
// them. Each upload gets a key of its own, so when the transaction fails the request removes
// exactly what it stored — never a file another request (with the same bytes) has just recorded.
import { createHash, randomUUID } from 'node:crypto';
import { storage } from './index.js';

export interface UploadedFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface StoredUpload extends UploadedFile {
  sha256: string;
  storageKey: string;
}

/** The columns a StoredFile row takes from a stored upload; the caller adds its owner. */
export function storedFileFields(stored: StoredUpload[]) {
  return stored.map(({ filename, contentType, content, sha256, storageKey }) => ({
    filename,
    contentType,
    byteSize: content.length,
    sha256,
    storageKey,
  }));
}

/** Stores the files under `<folder>/<fresh id>`, runs `record`, and removes them again if it fails. */
export async function withStoredUploads<T>(
  folder: string,
  files: UploadedFile[],
  record: (stored: StoredUpload[]) => Promise<T>,
): Promise<T> {
  const stored: StoredUpload[] = [];
  try {
    for (const file of files) {
      const upload = {
        ...file,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        storageKey: `${folder}/${randomUUID()}`,
      };
      await storage.put(upload.storageKey, file.content);
      stored.push(upload);
    }
    return await record(stored);
  } catch (error) {
    // Nothing half-written: the rows were rolled back, so their files go too.
    await Promise.all(stored.map((file) => storage.delete(file.storageKey)));
    throw error;
  }
}
