export { deleteKeysWithPrefix } from '../../server/redis.js';
