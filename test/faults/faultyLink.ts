// A TCP link the fault tests put between the app and a service (the database, the SMTP server) to
// break it on demand: 'pass' forwards, 'refuse' stops listening (connections refused), 'hang'
// accepts connections and never answers. Leaving 'pass' cuts the open connections.
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type LinkMode = 'pass' | 'refuse' | 'hang';

export async function startFaultyLink(target: { host: string; port: number }) {
  let mode: LinkMode = 'pass';
  const open = new Set<{ client: Socket; upstream: Socket | null }>();

  const onConnection = (client: Socket) => {
    client.on('error', () => undefined);
    if (mode === 'hang') {
      const pair = { client, upstream: null };
      open.add(pair);
      client.resume(); // swallow whatever the client says
      client.on('close', () => open.delete(pair));
      return;
    }
    const upstream = connect(target);
    upstream.on('error', () => client.destroy());
    const pair = { client, upstream };
    open.add(pair);
    client.pipe(upstream).pipe(client);
    const close = () => {
      open.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close);
    upstream.on('close', close);
  };

  let server: Server = createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;

  const cutAll = () => {
    for (const pair of open) {
      pair.client.destroy();
      pair.upstream?.destroy();
    }
    open.clear();
  };

  async function set(next: LinkMode) {
    if (next === mode) return;
    const previous = mode;
    mode = next;
    if (next === 'refuse') {
      cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    } else if (previous === 'refuse') {
      server = createServer(onConnection);
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    }
    if (next === 'hang') cutAll();
    if (next === 'pass' && previous === 'hang') cutAll();
  }

  return {
    port,
    set,
    get mode() {
      return mode;
    },
    close: async () => {
      cutAll();
      if (mode !== 'refuse') await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
