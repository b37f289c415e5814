// Closes what a process opens on first use (the shared queues, Chromium, the mail transport and
// catcher, the delivery marks' Redis connection, an object store's connections), so shutdown and test runs end cleanly.
import { closeSharedQueues } from '../workflows/queues.js';
import { closeBrowser } from './pdf/chromium.js';
import { closeMailTransport } from './mail/transport.js';
import { closeDeliveryMarks } from './mail/deliveryMarks.js';
import { storage } from './storage/index.js';

export async function releaseSharedResources(): Promise<void> {
  await Promise.all([closeSharedQueues(), closeBrowser(), closeMailTransport(), closeDeliveryMarks()]);
  storage.close?.();
}
