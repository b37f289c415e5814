// Declares one API route: validates params, query and body with zod, requires a logged-in user
// unless public, runs the handler and sends its result — and documents the same route in OpenAPI
// from the same schemas, so the document cannot drift from what the server accepts.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { registry, ProblemSchema } from '../openapi.js';
import { AuthenticationRequired, fieldError, fromZodError } from '../errors.js';
import { singleFileUpload } from '../middlewares/upload.js';
import { requireBodyType } from '../middlewares/contentType.js';
import type { BodyType } from '../middlewares/contentType.js';
import type { User } from '../models/index.js';
import { say } from '../i18n/language.js';
import { sendJson } from './sendWhole.js';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, Actor> {
  method: Method;
  /** Express path, e.g. /api/letters/:id */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Status of a successful answer; 204 sends no body. */
  status?: 200 | 201 | 202 | 204;
  response?: z.ZodType;
  /** A file answer instead of JSON (the handler sends it): its content type, for the documentation. */
  produces?: string;
  /** One file uploaded as multipart/form-data in this field (req.file); missing → 400 naming body.<field>. */
  upload?: { field: string; description: string };
  /**
   * The body the route reads: JSON (the default) or multipart/form-data (the default with
   * `upload`; set it for routes that read their files themselves). Any other body answers 415.
   */
  bodyType?: BodyType;
  handler: (input: {
    req: Request;
    res: Response;
    actor: Actor;
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
  }) => Promise<unknown>;
}

const documented = new Set<string>();
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

function document(spec: RouteSpec<z.ZodType, z.ZodType, z.ZodType, unknown>, isPublic: boolean) {
  const openApiPath = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
  const key = `${spec.method} ${openApiPath}`;
  if (documented.has(key)) return;
  documented.add(key);
  const status = spec.status ?? 200;
  const responses: RouteConfig['responses'] = {
    [status]:
      status === 204
        ? { description: 'Done' }
        : spec.produces
          ? {
              description: 'The file',
              content: { [spec.produces]: { schema: z.string().openapi({ format: 'binary' }) } },
            }
          : {
              description: 'OK',
              ...(spec.response ? { content: { 'application/json': { schema: spec.response } } } : {}),
            },
  };
  if (spec.params || spec.query || spec.body || spec.upload)
    responses[400] = problem('Invalid input; `errors` names each bad field');
  if (!isPublic) {
    responses[401] = problem('Not logged in');
    responses[403] = problem('Your role does not allow this');
  }
  if (spec.params) responses[404] = problem('No such record, or not visible to you');
  if (spec.method !== 'get') responses[409] = problem('Conflicts with the current state (e.g. the letter is issued)');
  responses[503] = problem('The database or Redis cannot be reached right now; try again after `Retry-After` seconds');
  registry.registerPath({
    method: spec.method,
    path: openApiPath,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    ...(isPublic ? {} : { security: [{ session: [] }] }),
    request: {
      ...(spec.params ? { params: spec.params as never } : {}),
      ...(spec.query ? { query: spec.query as never } : {}),
      ...(spec.body ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
      ...(spec.upload
        ? {
            body: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: z.object({
                    [spec.upload.field]: z.string().openapi({ format: 'binary', description: spec.upload.description }),
                  }),
                },
              },
            },
          }
        : {}),
    },
    responses,
  });
}

function mount<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, Actor>(
  router: Router,
  spec: RouteSpec<P, Q, B, Actor>,
  actorOf: (req: Request) => Actor,
) {
  const handle = async (req: Request, res: Response) => {
    const actor = actorOf(req);
    if (spec.upload && !req.file)
      throw fieldError(
        `body.${spec.upload.field}`,
        say('legg ved filen (som multipart/form-data)', 'attach the file as multipart/form-data'),
      );
    const parse = <S extends z.ZodType>(
      location: 'params' | 'query' | 'body',
      schema: S | undefined,
      value: unknown,
    ) => {
      if (!schema) return undefined as z.output<S>;
      const result = schema.safeParse(value ?? {});
      if (!result.success) throw fromZodError(location, result.error, value ?? {});
      return result.data;
    };
    const params = parse('params', spec.params, req.params);
    const query = parse('query', spec.query, req.query);
    const body = parse('body', spec.body, req.body);
    const result = await spec.handler({ req, res, actor, params, query, body });
    // A handler that answers by itself (health's 503) has already sent its response.
    if (res.headersSent) return;
    const status = spec.status ?? 200;
    if (status === 204) res.status(204).end();
    else sendJson(req, res, status, result);
  };
  // A change whose body is not what the route reads is refused first (see middlewares/contentType).
  const bodyCheck =
    spec.method === 'get' ? [] : [requireBodyType(spec.bodyType ?? (spec.upload ? 'multipart' : 'json'))];
  // The login check runs before the upload is read, so nobody unknown gets a file into memory.
  if (spec.upload)
    router[spec.method](
      spec.path,
      ...bodyCheck,
      (req, _res, next) => {
        actorOf(req);
        next();
      },
      singleFileUpload(spec.upload.field),
      handle,
    );
  else router[spec.method](spec.path, ...bodyCheck, handle);
}

/** A route for logged-in users; `actor` is the user. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  router: Router,
  spec: RouteSpec<P, Q, B, User>,
) {
  document(spec as never, false);
  mount(router, spec, (req) => {
    // A session that just ended (too old, password changed) says so; otherwise the plain 401.
    if (!req.user) throw req.sessionEnded ?? AuthenticationRequired();
    return req.user;
  });
}

/** A route anyone may call (health, login). */
export function definePublicRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  router: Router,
  spec: RouteSpec<P, Q, B, User | undefined>,
) {
  document(spec as never, true);
  mount(router, spec, (req) => req.user);
}
