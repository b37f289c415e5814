// One outbox row delivered on its own (a batch of one), for tests that follow a single e-mail.
import { deliverOutboxEmails } from '../../server/mail/outboxDelivery.js';
import type { DeliveryOutcome } from '../../server/mail/outboxDelivery.js';

export async function deliverOne(id: number): Promise<DeliveryOutcome> {
  return (await deliverOutboxEmails([id])).get(id)!;
}
