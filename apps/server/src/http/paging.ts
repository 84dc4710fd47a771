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
