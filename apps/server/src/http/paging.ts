import type { FastifyReply } from 'fastify';
import type { Total } from '../catalog/product-list.repository.js';

/** Paging headers of a list response: the body stays a plain array, as the original's. */

export function pageHeaders(
  url: string,
  page: { limit: number; offset: number },
  count: number,
  total: number,
): Record<string, string> {
  const query = new URLSearchParams(url.split('?')[1] ?? '');
  // A reference that is only a query resolves against the request's own path, so the links
  // stay right behind a proxy that mounts the api under a prefix (the web server's /api).
  const link = (offset: number, rel: string) => {
    query.set('offset', String(offset));
    query.set('limit', String(page.limit));
    return `<?${query.toString()}>; rel="${rel}"`;
  };
  const links = [link(0, 'first')];
  if (page.offset > 0) links.push(link(Math.max(0, page.offset - page.limit), 'prev'));
  if (page.offset + count < total) links.push(link(page.offset + page.limit, 'next'));
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / page.limit) * page.limit;
  links.push(link(lastOffset, 'last'));
  return {
    'x-total-count': String(total),
    'content-range':
      count === 0 ? `items */${total}` : `items ${page.offset}-${page.offset + count - 1}/${total}`,
    link: links.join(', '),
  };
}

export interface CursorLinks {
  limit: number;
  offset: number;
  /** The cursor this page was read by, if any. */
  cursor?: string | undefined;
  next: string | undefined;
  prev: string | undefined;
}

/**
 * Paging headers of a product list page: by offset as above, plus cursors to the neighbouring
 * pages (`X-Next-Cursor`, `X-Prev-Cursor`) and whether the total is exact. A page read by cursor
 * links its neighbours by cursor; its position in numbers is unknown (and not worth counting), so
 * it has no Content-Range and no last link.
 */
export function listPageHeaders(
  url: string,
  page: CursorLinks,
  count: number,
  { total, exact }: Total,
): Record<string, string> {
  const headers: Record<string, string> = {
    'x-total-count-kind': exact ? 'exact' : 'estimate',
  };
  if (page.next !== undefined) headers['x-next-cursor'] = page.next;
  if (page.prev !== undefined) headers['x-prev-cursor'] = page.prev;
  if (page.cursor === undefined) return { ...pageHeaders(url, page, count, total), ...headers };
  const query = new URLSearchParams(url.split('?')[1] ?? '');
  const link = (rel: string, cursor: string | undefined) => {
    query.delete('offset');
    query.delete('cursor');
    if (cursor !== undefined) query.set('cursor', cursor);
    query.set('limit', String(page.limit));
    return `<?${query.toString()}>; rel="${rel}"`;
  };
  const links = [link('first', undefined)];
  if (page.prev !== undefined) links.push(link('prev', page.prev));
  if (page.next !== undefined) links.push(link('next', page.next));
  return { 'x-total-count': String(total), ...headers, link: links.join(', ') };
}

/** The OpenAPI description of the headers `withPageHeaders` sets. */
export function pageHeadersDoc(total: string, rangeExample = 'items 0-49/1234') {
  return {
    'X-Total-Count': { type: 'integer', description: total },
    'Content-Range': { type: 'string', description: `For example \`${rangeExample}\`` },
    Link: { type: 'string', description: 'first, prev, next and last pages (RFC 8288)' },
  };
}

/** Puts the paging headers of an offset page on the reply; gives back its items, the body. */
export function withPageHeaders<T>(
  request: { url: string; query: { limit: number; offset: number } },
  reply: FastifyReply,
  { items, total }: { items: T[]; total: number },
): T[] {
  void reply.headers(pageHeaders(request.url, request.query, items.length, total));
  return items;
}
