import { request } from 'node:http';
import { expect } from 'vitest';

/**
 * The original Streamlit client, request for request: the bytes python-requests sends for
 * `requests.post(url, json=...)` (json.dumps with ", " and ": " separators and \u escapes, floats
 * written as 1899.0), and its reading of the answers (pandas.DataFrame over fixed columns,
 * `detail` shown on errors).
 */

export const COLUMNS = [
  'id',
  'name',
  'description',
  'price',
  'categoria',
  'email_fornecedor',
  'created_at',
];

/** Python's json.dumps(obj) with its defaults (ensure_ascii=True). */
export function pythonJson(value: unknown): string {
  const text = JSON.stringify(value, null, 1)
    .replace(/\n\s*/g, ' ')
    .replace(/\[ /g, '[')
    .replace(/ \]/g, ']')
    .replace(/\{ /g, '{')
    .replace(/ \}/g, '}');
  return text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export interface Answer {
  status: number;
  json: () => unknown;
}

export function pythonRequests(
  port: number,
  method: string,
  path: string,
  body?: string,
  /** Headers added to the client's own (an Authorization header, where a token is needed). */
  headers: Record<string, string> = {},
): Promise<Answer> {
  const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, setHost: false });
    req.setHeader('Host', `127.0.0.1:${port}`);
    req.setHeader('User-Agent', 'python-requests/2.31.0');
    req.setHeader('Accept-Encoding', 'gzip, deflate');
    req.setHeader('Accept', '*/*');
    req.setHeader('Connection', 'keep-alive');
    if (payload) {
      req.setHeader('Content-Length', payload.length);
      req.setHeader('Content-Type', 'application/json');
    } else if (method === 'DELETE') {
      req.setHeader('Content-Length', 0);
    }
    for (const [name, value] of Object.entries(headers)) req.setHeader(name, value);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, json: () => JSON.parse(text) as unknown });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** pd.DataFrame(rows)[COLUMNS]: every column present, created_at a parseable timestamp. */
export function asDataFrame(rows: unknown): Record<string, unknown>[] {
  const list = Array.isArray(rows)
    ? (rows as Record<string, unknown>[])
    : [rows as Record<string, unknown>];
  for (const row of list) {
    for (const column of COLUMNS) expect(row).toHaveProperty(column);
    expect(Number.isNaN(Date.parse(String(row.created_at)))).toBe(false);
    expect(typeof row.price).toBe('number');
  }
  return list.map((row) => Object.fromEntries(COLUMNS.map((c) => [c, row[c]])));
}

/** show_response_message: `detail` is a string, or a list whose items' `msg` are joined. */
export function shownError(answer: Answer): string {
  const data = answer.json() as { detail?: unknown };
  expect(data).toHaveProperty('detail');
  const detail = data.detail;
  return Array.isArray(detail)
    ? detail.map((d: { msg: string }) => d.msg).join('\n')
    : String(detail);
}
