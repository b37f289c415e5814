// One OpenAPI registry, filled by defineRoute from the same zod schemas that validate requests.
import { OpenAPIRegistry, OpenApiGeneratorV31, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export const registry = new OpenAPIRegistry();

export const ProblemSchema = registry.register(
  'Problem',
  z
    .object({
      type: z.string(),
      title: z.string(),
      status: z.number().int(),
      detail: z.string().optional(),
      instance: z.string().optional(),
      errors: z
        .array(
          z.object({
            field: z.string(),
            message: z.string(),
            row: z.number().int().optional(),
            column: z.string().optional(),
          }),
        )
        .optional(),
    })
    .openapi({ description: 'RFC 9457 problem details; `errors` names each bad field.' }),
);

registry.registerComponent('securitySchemes', 'session', {
  type: 'apiKey',
  in: 'cookie',
  name: 'sd.sid',
  description: 'Session cookie set by POST /api/auth/login',
});

export function buildOpenApiDocument() {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Styringsdialog API',
      version: '0.1.0',
      description:
        'Grant letters, assignments, budget frames, deadlines and steering meetings between the directorate and its competence centres. ' +
        'Fields are camelCase, centres are named by code, dates are YYYY-MM-DD and amounts are integer øre.',
    },
    servers: [{ url: '/' }],
  });
}
