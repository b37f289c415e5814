// A real SMTP server the test controls: it can refuse mail (as a server that is down would) and
// be slow to answer. It keeps a message only once it has said 250 to a client still there.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import PostalMime from 'postal-mime';

export interface SinkMessage {
  messageId: string | undefined;
  to: string[];
  subject: string | undefined;
}

export async function startSmtpSink() {
  // refuseCode: 451 (try again later) by default; 550 is a permanent refusal. arrived: messages
  // whose data has come in, answered or still held. holds: each of the next messages, in turn, is
  // answered once its promise settles (the test releases it), before delayMs applies again.
  const state = {
    refuse: false,
    refuseCode: 451,
    delayMs: 0,
    holds: [] as Promise<unknown>[],
    refused: 0,
    arrived: 0,
    received: [] as SinkMessage[],
  };
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose: (session) => closed.add(session.id),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        state.arrived += 1;
        if (state.refuse) {
          state.refused += 1;
          const error = Object.assign(new Error(state.refuseCode >= 500 ? 'Mailbox unavailable' : 'Try again later'), {
            responseCode: state.refuseCode,
          });
          return callback(error);
        }
        const held = state.holds.shift() ?? new Promise((resolve) => setTimeout(resolve, state.delayMs));
        void held.then(() => {
          if (closed.has(session.id)) return callback(new Error('client gone'));
          void PostalMime.parse(Buffer.concat(chunks)).then((email) => {
            state.received.push({
              messageId: email.messageId,
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: email.subject,
            });
            callback();
          });
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    state,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
