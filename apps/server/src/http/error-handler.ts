import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from './app-error.js';
import type { Problem } from './problem.schema.js';
import { fieldErrors } from './validation.js';
import { driverError, isDatabaseUnavailable } from '../db/errors.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_request',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_request',
  FST_ERR_BAD_URL: 'malformed_request',
  FST_ERR_RATE_LIMIT: 'too_many_requests',
};

const DETAILS: Partial<Record<ErrorCode, string>> = {
  unsupported_media_type: 'Send the body as application/json',
  payload_too_large: 'The request body is larger than the limit',
};

/** Maps anything thrown while serving a request to one AppError. */
export function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return AppError.validation(
      fieldErrors(fastifyError.validation as never, fastifyError.validationContext),
    );
  }
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped)
    return new AppError(mapped, DETAILS[mapped] ?? error.message, undefined, { cause: error });
  if (isDatabaseUnavailable(error)) {
    return new AppError(
      'database_unavailable',
      'The database cannot be reached; try again shortly',
      undefined,
      { cause: error },
    );
  }
  // SQLSTATE class 23: the request contradicts data a constraint protects.
  if (String(driverError(error)?.code).startsWith('23')) {
    return new AppError('conflict', 'The change conflicts with data in the database', undefined, {
      cause: error,
    });
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError('malformed_request', error.message, undefined, { cause: error });
  }
  return new AppError('internal', 'An unexpected error occurred; it has been logged', undefined, {
    cause: error,
  });
}

export function problemOf(error: AppError, request: FastifyRequest): Problem {
  return {
    type: `urn:cais:problem:${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.detail,
    instance: request.url.split('?')[0] ?? request.url,
    code: error.code,
    request_id: request.id,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  return reply
    .code(error.status)
    .type('application/problem+json; charset=utf-8')
    .send(problemOf(error, reply.request));
}

export function registerErrorHandling(app: FastifyInstance): void {
  registerErrorHandler(app);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      new AppError(
        'not_found',
        `No route for ${request.method} ${request.url.split('?')[0] ?? ''}`,
      ),
    ),
  );
}

/**
 * Errors the router meets before any route (a path that is not valid percent-encoding): as
 * problem+json too, not Fastify's own JSON. Given as the `frameworkErrors` option of Fastify.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const appError = toAppError(error);
  request.log.info({ code: appError.code, detail: appError.detail }, 'request rejected');
  void sendProblem(reply, appError);
}

/** Every error thrown while serving a request becomes problem+json. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: error }, appError.detail);
    } else {
      request.log.info({ code: appError.code, detail: appError.detail }, 'request rejected');
    }
    if (appError.code === 'unauthorized') {
      void reply.header('www-authenticate', 'Bearer realm="cais"');
    }
    return sendProblem(reply, appError);
  });
}
