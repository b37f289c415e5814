import { User } from '../models/index.js';
import { allow } from './allow.js';

allow(User, ['read'], (actor, user) => actor.hasRole('admin', 'auditor') || actor.id === user.id);
allow(User, ['create', 'update', 'delete'], (actor) => actor.hasRole('admin'));
