// The baseline of `npm run bench -- catalog`: the same pages and searches as a plain node:http + pg
// server would answer them, the way the original did: OFFSET pages, a substring `ilike` per word,
// no ranking, no count (the least such a server can do, so the fairest floor to compare with).
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const COLUMNS = 'id, name, description, price, categoria, email_fornecedor, created_at, updated_at';
const send = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/products') {
      const q = url.searchParams;
      const offset = Number(q.get('offset') ?? 0);
      const words = (q.get('q') ?? '').split(/\s+/).filter(Boolean);
      const where = words.map(
        (_, i) => `(name || ' ' || coalesce(description, '')) ilike $${i + 2}`,
      );
      const { rows } = await pool.query(
        `select ${COLUMNS} from products ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
         order by ${words.length > 0 ? 'id' : 'price desc, id desc'} limit 50 offset $1`,
        [offset, ...words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)],
      );
      return send(res, 200, rows);
    }
    send(res, 404, { detail: 'Not Found' });
  } catch (error) {
    send(res, 500, { detail: String(error) });
  }
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
