import type { EntityManager } from '@mikro-orm/postgresql';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Viewer } from '@maillage/access';
import { requestIdFrom } from '@maillage/service-runtime';
import type { MikroORM } from '@mikro-orm/core';
import { loggableError } from './errors';

/**
 * Files a subgraph serves or receives outside GraphQL (exports, spreadsheets, PDFs): mounted under
 * `/files` behind the same gateway-signed identity as `/graphql`, and reached by clients through the
 * gateway at `/files/<subgraph>/…`. A handler reads who is asking with {@link fileContext}; the subgraph's
 * access table decides, exactly as for its GraphQL reads.
 */
export interface FileRequestContext<Loaders = unknown> {
  viewer: Viewer;
  requestId: string;
  /** A fresh entity manager for this request. */
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
}

interface FileRequest extends Request {
  fileContext?: FileRequestContext<unknown>;
}

/** Who is asking, for a handler of a subgraph's `files` router. */
export function fileContext<Loaders = unknown>(req: Request): FileRequestContext<Loaders> {
  const context = (req as FileRequest).fileContext;
  if (!context) throw new Error('fileContext() called outside a subgraph `files` router');
  return context as FileRequestContext<Loaders>;
}

/** Builds the request context of a file route (called after the identity was verified). */
export function attachFileContext<Loaders>(
  orm: MikroORM,
  logger: Logger,
  createLoaders: (em: EntityManager) => Loaders,
  viewerOf: (req: Request) => Viewer,
): RequestHandler {
  return (req, _res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const viewer = viewerOf(req);
    const em = orm.em.fork() as EntityManager;
    (req as FileRequest).fileContext = {
      viewer, requestId, em, loaders: createLoaders(em), logger: logger.child({ requestId, role: viewer.role, route: 'files' }),
    };
    next();
  };
}

/** HTTP status of each typed error code a file route can answer with. */
export const FILE_ERROR_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

/**
 * The error answer of a file route: the same typed body as a GraphQL error (`errors[].extensions.code`,
 * French message), with the HTTP status of its code. An error after the first byte of a file was sent
 * cannot be reported in the body: the connection is cut, so that a client never keeps a partial file that
 * looks complete.
 */
export function fileErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const typed = error instanceof GraphQLError && typeof error.extensions?.code === 'string' ? error : undefined;
    const code = typed ? (typed.extensions.code as string) : 'INTERNAL_SERVER_ERROR';
    const status = FILE_ERROR_STATUS[code] ?? 500;
    if (status === 500) {
      ((req as FileRequest).fileContext?.logger ?? logger).error({ err: loggableError(error) }, 'file route failed');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const message = typed && status !== 500 ? typed.message : 'Erreur interne : le fichier n’a pas pu être produit.';
    const extensions = typed && status !== 500 ? { ...typed.extensions, code } : { code };
    res.status(status).set('cache-control', 'no-store').json({ errors: [{ message, extensions }] });
  };
}

