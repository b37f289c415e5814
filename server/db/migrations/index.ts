// Every migration in the order it runs. Add new ones at the end; never edit one that has landed.
import type { Migration } from './types.js';
import { initial } from './20261122-0001-initial.js';
import { letterIssuing } from './20261123-0002-letter-issuing.js';
import { indicators } from './20261123-0004-indicators.js';

export const migrations: Migration[] = [initial, letterIssuing, indicators];
