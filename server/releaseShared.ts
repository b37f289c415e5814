// Closes what a process opens on first use (the shared queue, Chromium, the mail transport and
// catcher, the delivery marks' Redis connection), so shutdown and test runs end cleanly.
import { closeGeneralQueue } from '../workflows/queues.js';
import { closeBrowser } from './pdf/chromium.js';
import { closeMailTransport } from './mail/transport.js';
import { closeDeliveryMarks } from './mail/deliveryMarks.js';

export async function releaseSharedResources(): Promise<void> {
  await Promise.all([closeGeneralQueue(), closeBrowser(), closeMailTransport(), closeDeliveryMarks()]);
}
