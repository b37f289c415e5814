// Server-sent event streams (text/event-stream). Every open stream is known here so that a shutdown
// can end them at once instead of waiting for them: each gets a `retry:` hint and ends, and the
// browser's EventSource reconnects after that many milliseconds — to another instance, or to this
// one once it is back.
import type { Response } from 'express';

/** How soon a client reconnects after the server ended its stream for a shutdown. */
export const RECONNECT_MS = 2000;

export interface EventStream {
  /** True once the stream has ended: by the client, by end(), or by a shutdown. */
  readonly closed: boolean;
  send(event: string, data: unknown): void;
  end(): void;
}

const open = new Set<Response>();
let ending = false;

export function openEventStream(res: Response): EventStream {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  let closed = false;
  res.on('close', () => {
    closed = true;
    open.delete(res);
  });
  open.add(res);
  // Opened while shutting down: told to come back later, like the streams that were open.
  if (ending) endForShutdown(res);
  return {
    get closed() {
      return closed || res.writableEnded;
    },
    send(event, data) {
      if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (!res.writableEnded) res.end();
    },
  };
}

function endForShutdown(res: Response) {
  if (res.writableEnded) return;
  res.end(`retry: ${RECONNECT_MS}\n\n`);
}

/** Shutdown: ends every open stream (and any opened from now on) with a reconnect hint. */
export function endEventStreams(): number {
  ending = true;
  const count = open.size;
  for (const res of open) endForShutdown(res);
  return count;
}
