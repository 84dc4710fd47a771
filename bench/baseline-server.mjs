// The baseline of `npm run bench -- api`: the least a server can do for the same queries, with
// node:http and pg and nothing else (no validation, no schema, no headers beyond the content type).
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// BASELINE_COUNT=off skips the list's count: the page query alone, the floor of what any server
// can do for that request on this machine.
const COUNT = process.env.BASELINE_COUNT !== 'off';
const COLUMNS = 'id, name, description, price, categoria, email_fornecedor, created_at, updated_at';
const send = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    const byId = /^\/products\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && byId) {
      const { rows } = await pool.query(`select ${COLUMNS} from products where id = $1`, [byId[1]]);
      return rows[0] ? send(res, 200, rows[0]) : send(res, 404, { detail: 'Product not found' });
    }
    if (req.method === 'GET' && url.pathname === '/products') {
      const q = url.searchParams;
      const params = [q.get('categoria'), q.get('price_min'), q.get('price_max')];
      const where = 'where categoria = $1 and price >= $2 and price <= $3';
      const [page, total] = await Promise.all([
        pool.query(
          `select ${COLUMNS} from products ${where} order by price desc, id desc limit 50 offset ${Number(q.get('offset') ?? 0)}`,
          params,
        ),
        COUNT
          ? pool.query(`select count(*)::int as total from products ${where}`, params)
          : { rows: [{ total: -1 }] },
      ]);
      res.setHeader('x-total-count', String(total.rows[0].total));
      return send(res, 200, page.rows);
    }
    if (req.method === 'POST' && url.pathname === '/products') {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const p = JSON.parse(raw);
      const { rows } = await pool.query(
        `insert into products (name, description, price, categoria, email_fornecedor) values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
        [p.name, p.description, String(p.price), p.categoria, p.email_fornecedor],
      );
      return send(res, 201, rows[0]);
    }
    send(res, 404, { detail: 'Not Found' });
  } catch (error) {
    send(res, 500, { detail: String(error) });
  }
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
