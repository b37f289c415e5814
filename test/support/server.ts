// Where the test API listens, filled in by the root hooks.
import type { Redis } from 'ioredis';

export const testServer: { baseUrl: string; redis?: Redis } = { baseUrl: '' };
