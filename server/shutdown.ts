// Graceful shutdown on SIGTERM/SIGINT: stop taking work, finish what is running, close connections.
// A shutdown that takes longer than SHUTDOWN_TIMEOUT_MS exits 1 anyway.
import type { Server } from 'node:http';
import { env } from './env.js';
import { logger } from './logger.js';
import { endEventStreams } from './eventStreams.js';

export function onShutdown(close: () => Promise<void>, timeoutMs = env.SHUTDOWN_TIMEOUT_MS) {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    close().then(
      () => {
        logger.info('shut down');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/**
 * Stops an HTTP server without waiting on clients that would hold it open: no new connections,
 * open event streams ended with a reconnect hint, keep-alive connections closed as soon as they are
 * idle; requests under way finish. Resolves when the last connection has closed.
 */
export async function closeHttpServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const streams = endEventStreams();
  logger.info({ eventStreams: streams }, 'no longer accepting requests');
  // close() closes the connections idle now; the others become idle as their requests finish.
  const timer = setInterval(() => server.closeIdleConnections(), 100);
  try {
    await closed;
  } finally {
    clearInterval(timer);
  }
}
