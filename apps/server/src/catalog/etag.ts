import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Product } from './product.schema.js';

/** A strong validator: the hash of the representation the API serves. */
export const etagOf = (product: Product): string =>
  `"${createHash('sha256').update(JSON.stringify(product)).digest('base64url').slice(0, 27)}"`;

/** Answers with the product and its ETag, so a client can PUT it back with If-Match. */
export const sendProduct = (reply: FastifyReply, product: Product) =>
  reply.header('etag', etagOf(product)).send(product);

/** Strong comparison (RFC 9110 13.1.1): `*` matches any current product, weak tags never do. */
export function ifMatchSatisfied(header: string, product: Product): boolean {
  const tags = header.split(',').map((t) => t.trim());
  if (tags.includes('*')) return true;
  const current = etagOf(product);
  return tags.some((tag) => tag === current);
}

/** Weak comparison, as If-None-Match uses. */
export function ifNoneMatchSatisfied(header: string, product: Product): boolean {
  const current = etagOf(product);
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === current);
}
