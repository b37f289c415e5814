// A TCP proxy a test can break: it listens on a free local port and forwards every connection to a
// target (by default the test MariaDB at 127.0.0.1:3306). Point a process at the proxy (e.g.
// DATABASE_URL with the proxy's port) to take its dependency away and give it back:
//   refuse() — stop listening (new connections get ECONNREFUSED) and cut every open connection
//   hang()   — keep accepting, but forward nothing (a server that does not answer: timeouts)
//   accept() — forward again, on the same port
//   close()  — for good, at the end of the test
import { createServer, connect } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

export type ProxyMode = 'forward' | 'refuse' | 'hang';

export interface TcpProxy {
  readonly port: number;
  readonly mode: ProxyMode;
  refuse(): Promise<void>;
  hang(): Promise<void>;
  accept(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host?: string; port: number } = { port: 3306 }): Promise<TcpProxy> {
  const host = target.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  let mode: ProxyMode = 'forward';
  let port = 0;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  const onConnection = (client: Socket) => {
    track(client);
    if (mode !== 'forward') return; // 'hang': accepted, never answered
    const upstream = connect(target.port, host);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };

  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  let server: Server | null = null;
  const listen = async () => {
    const next = createServer(onConnection);
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => resolve());
    });
    port = (next.address() as AddressInfo).port;
    server = next;
  };
  const stopListening = async () => {
    const current = server;
    server = null;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  };

  await listen();
  return {
    get port() {
      return port;
    },
    get mode() {
      return mode;
    },
    async refuse() {
      mode = 'refuse';
      const stopped = stopListening();
      cutAll();
      await stopped;
    },
    async hang() {
      mode = 'hang';
      cutAll();
      if (!server) await listen();
    },
    async accept() {
      if (mode === 'hang') cutAll(); // connections accepted while hanging never reached the target
      mode = 'forward';
      if (!server) await listen();
    },
    async close() {
      mode = 'refuse';
      const stopped = stopListening();
      cutAll();
      await stopped;
    },
  };
}
