// A small HTTP client over real requests to the test server, with one session per demo user.
import { testServer } from './server.js';
import { env } from '../../server/env.js';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** The answer as JSON when it is JSON, else as text. */
async function replyOf<T>(response: Response): Promise<Reply<T>> {
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

export class Client {
  private cookie = '';

  /**
   * `baseUrl`: another API than the test server (one the test started itself). `language`: what
   * the client asks for as Accept-Language. Tests read the API's messages in English unless they
   * test the language itself; a person's browser gets bokmål by default.
   */
  constructor(
    private readonly baseUrl?: string,
    readonly language = 'en',
  ) {}

  /** The headers every request sends: the session and the language. */
  private get baseHeaders(): Record<string, string> {
    return { 'accept-language': this.language, ...(this.cookie ? { cookie: this.cookie } : {}) };
  }

  private url(path: string) {
    return `${this.baseUrl ?? testServer.baseUrl}${path}`;
  }

  /** The session cookie ("name=value"), so a browser can open the app as the same user without a new login. */
  get sessionCookie(): string {
    return this.cookie;
  }

  async request<T = any>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    const response = await fetch(this.url(path), {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...this.baseHeaders,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    return replyOf<T>(response);
  }

  /** Uploads one file as multipart/form-data. */
  async upload<T = any>(path: string, field: string, file: Buffer, fileName: string): Promise<Reply<T>> {
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(file)]), fileName);
    return this.postForm<T>(path, form);
  }

  /** A GET whose answer is a file: the bytes as they came. */
  async download(path: string): Promise<Reply<Buffer>> {
    const response = await fetch(this.url(path), {
      headers: this.baseHeaders,
    });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  /** Reads a server-sent event stream to its end: every event with its parsed data. */
  async events(path: string): Promise<{ status: number; events: { event: string; data: any }[] }> {
    const response = await fetch(this.url(path), {
      headers: this.baseHeaders,
    });
    const text = await response.text(); // the server ends the stream when the job has finished
    const events = text
      .split('\n\n')
      .filter((block) => block.trim())
      .map((block) => {
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1];
        return { event, data: data ? JSON.parse(data) : undefined };
      });
    return { status: response.status, events };
  }

  /** POST multipart/form-data (file uploads). */
  async postForm<T = any>(path: string, form: FormData): Promise<Reply<T>> {
    const response = await fetch(this.url(path), {
      method: 'POST',
      headers: this.baseHeaders,
      body: form,
    });
    return replyOf<T>(response);
  }

  /** GET for binary answers (PDF): the body as bytes. */
  async getBytes(path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
    const { status, headers, body } = await this.download(path);
    return { status, headers, bytes: body };
  }
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  patch = <T = any>(path: string, body: unknown) => this.request<T>('PATCH', path, body);
  put = <T = any>(path: string, body: unknown) => this.request<T>('PUT', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);
}

export const demoUsers = {
  admin: 'admin@helsedir.example',
  caseOfficer: 'saksbehandler@helsedir.example',
  approver: 'godkjenner@helsedir.example',
  finance: 'okonomi@helsedir.example',
  auditor: 'revisor@helsedir.example',
  naphaLeader: 'leder@napha.example',
  korusNordLeader: 'leder@korus-nord.example',
} as const;

const sessions = new Map<string, Client>();

/** A client logged in as a demo user; one login per user for the whole run (logins are rate-limited). */
export async function as(role: keyof typeof demoUsers): Promise<Client> {
  const email = demoUsers[role];
  const cached = sessions.get(email);
  if (cached) return cached;
  const client = new Client();
  const reply = await client.post('/api/auth/login', { email, password: env.DEMO_PASSWORD });
  if (reply.status !== 200) throw new Error(`login as ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  sessions.set(email, client);
  return client;
}

export const anonymous = () => new Client();
