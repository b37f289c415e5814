import { User } from '../models/index.js';
import { allow, System } from './allow.js';

allow(User, ['read'], (actor, user) => actor.hasRole('admin', 'auditor') || actor.id === user.id);
allow(System, ['listUsers'], (actor) => actor.hasRole('admin', 'auditor'));
allow(System, ['createUser'], (actor) => actor.hasRole('admin'));
allow(User, ['update', 'delete'], (actor) => actor.hasRole('admin'));
