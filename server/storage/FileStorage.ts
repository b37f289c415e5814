// Where files live (issued letters' PDFs; later hand-ins). The app talks to this interface only,
// so another backend (object storage) can replace the disk without touching callers.
export interface FileStorage {
  /** Writes the whole file or nothing: readers never see half a file, even if the process dies. */
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Ends open connections (an object store's), so a shutdown is not held up. */
  close?(): void;
}
