// The S3-compatible store keeps what the disk store keeps, answers a missing file the way the disk
// does, and refuses keys that climb out of their prefix.
import { expect } from 'chai';
import { S3Storage, parseS3Url } from '../../../server/storage/S3Storage.js';
import { startLocalS3 } from '../../support/s3.js';
import type { LocalS3 } from '../../support/s3.js';

describe('server/storage/S3Storage against a local S3 server', () => {
  let s3: LocalS3;
  let storage: S3Storage;

  before(async () => {
    s3 = await startLocalS3();
    storage = new S3Storage(parseS3Url(s3.storageUrl));
  });
  after(async () => {
    storage.close();
    await s3.stop();
  });

  it('reads the bucket, prefix, endpoint and region from STORAGE_URL', () => {
    expect(
      parseS3Url('s3://arkiv/styringsdialog/dok?endpoint=http%3A%2F%2Fminio%3A9000&region=eu-north-1'),
    ).to.deep.equal({
      bucket: 'arkiv',
      prefix: 'styringsdialog/dok/',
      endpoint: 'http://minio:9000',
      region: 'eu-north-1',
    });
    expect(parseS3Url('s3://arkiv')).to.include({ bucket: 'arkiv', prefix: '', region: 'us-east-1' });
    expect(() => parseS3Url('https://arkiv')).to.throw(/s3:\/\/bucket/);
  });

  it('stores, reads back byte for byte, tells what exists, and deletes', async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 0x25, 0x50, 0x44, 0x46]);
    await storage.put('letters/7/letter-7-abc.pdf', bytes);
    expect(await storage.exists('letters/7/letter-7-abc.pdf')).to.equal(true);
    expect((await storage.get('letters/7/letter-7-abc.pdf')).equals(bytes)).to.equal(true);
    await storage.put('letters/7/letter-7-abc.pdf', Buffer.from('ny'));
    expect((await storage.get('letters/7/letter-7-abc.pdf')).toString()).to.equal('ny');
    await storage.delete('letters/7/letter-7-abc.pdf');
    expect(await storage.exists('letters/7/letter-7-abc.pdf')).to.equal(false);
  });

  it('answers a missing file as the disk does (ENOENT), and refuses a key that climbs out', async () => {
    const missing = await storage.get('letters/none.pdf').catch((error: NodeJS.ErrnoException) => error);
    expect(missing).to.be.instanceOf(Error).and.to.have.property('code', 'ENOENT');
    for (const key of ['../escape.pdf', 'a//b', 'letters/../../x'])
      expect(await storage.put(key, Buffer.from('x')).catch((error: Error) => error.message)).to.match(
        /not a storage key/,
      );
  });
});
