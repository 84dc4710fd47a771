import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext resolution.
const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

interface MediaType {
  schema?: object;
}
interface ResponseObject {
  content?: Record<string, MediaType>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
}

/** Routes served but deliberately left out of the document. */
const UNDOCUMENTED = /^\/(docs|openapi\.json|metrics)(\/|$)/;

const pointer = (...segments: string[]) =>
  segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * Checks every response of `app` against the operation `/openapi.json` documents for it: the
 * status is documented, the media type too, and the body matches its schema. The document and
 * the behaviour cannot drift apart unnoticed. Violations are collected; `assertNone` throws
 * them (the test app's inject and close call it).
 */
export function checkResponsesAgainstOpenApi(app: FastifyInstance): {
  violations: string[];
  assertNone: () => void;
} {
  const violations: string[] = [];
  let loaded: { document: OpenApiDocument; ajv: Ajv2020 } | undefined;
  const validators = new Map<string, ValidateFunction>();

  // The document exists once the app is ready, which it is by its first response.
  const load = () => {
    if (!loaded) {
      const document = app.swagger() as unknown as OpenApiDocument;
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addSchema(document, 'openapi.json');
      loaded = { document, ajv };
    }
    return loaded;
  };

  const validatorFor = (ref: string): ValidateFunction => {
    let validate = validators.get(ref);
    if (!validate) {
      validate = load().ajv.compile({ $ref: `openapi.json#/${ref}` });
      validators.set(ref, validate);
    }
    return validate;
  };

  const check = (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const route = request.routeOptions.url;
    // Unmatched requests (404, a malformed URL) belong to no operation, nor do CORS preflights.
    if (route === undefined || UNDOCUMENTED.test(route) || request.method === 'OPTIONS') {
      return undefined;
    }
    const { document, ajv } = load();
    const path = route.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1');
    // HEAD is GET without a body.
    const method = request.method === 'HEAD' ? 'get' : request.method.toLowerCase();
    const operation = document.paths[path]?.[method];
    const where = `${request.method} ${request.url} -> ${reply.statusCode}`;
    if (!operation) return `${where}: ${method} ${path} is not in the OpenAPI document`;
    const status = String(reply.statusCode);
    const key = [status, `${status[0] ?? ''}XX`, 'default'].find((k) => k in operation.responses);
    if (key === undefined) return `${where}: status ${status} is not documented`;
    const content = operation.responses[key]?.content;
    const body = typeof payload === 'string' || Buffer.isBuffer(payload) ? String(payload) : '';
    if (reply.statusCode === 204 || reply.statusCode === 304 || request.method === 'HEAD') {
      return undefined;
    }
    const mediaType = String(reply.getHeader('content-type') ?? '')
      .split(';')[0]
      ?.trim();
    if (!content || !mediaType || !(mediaType in content)) {
      return `${where}: media type ${mediaType ?? 'none'} is not documented (${Object.keys(content ?? {}).join(', ')})`;
    }
    // Streams (a CSV export) are checked for their status and media type only.
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return undefined;
    if (!mediaType.endsWith('json') || content[mediaType]?.schema === undefined) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return `${where}: the body is not JSON: ${body.slice(0, 200)}`;
    }
    const validate = validatorFor(
      pointer('paths', path, method, 'responses', key, 'content', mediaType, 'schema'),
    );
    if (validate(data)) return undefined;
    return `${where}: the body does not match the documented schema: ${ajv.errorsText(validate.errors)}; body: ${body.slice(0, 300)}`;
  };

  app.addHook('onSend', async (request, reply, payload) => {
    const violation = check(request, reply, payload);
    if (violation !== undefined) violations.push(violation);
    return payload;
  });

  return {
    violations,
    assertNone: () => {
      if (violations.length === 0) return;
      const found = violations.splice(0);
      throw new Error(`Responses disagree with /openapi.json:\n- ${found.join('\n- ')}`);
    },
  };
}
