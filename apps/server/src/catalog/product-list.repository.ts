import { and, asc, desc, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { rowShape, selectOne } from '../db/rows.js';
import { products } from '../db/schema.js';
import type { Categoria, Product, SortField } from './product.schema.js';
import { toProduct, live } from './products.repository.js';

/**
 * The SQL of the product list: filters, search, sort, offset and keyset pages, totals. Every
 * list of products (the API page, the CSV export) reads through `where`, the one place a new
 * row filter belongs.
 */

export interface ProductFilter {
  categoria?: Categoria | undefined;
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  text?: string | undefined;
}

export interface SortKey {
  field: SortField | 'relevance';
  descending: boolean;
}

/** Where a keyset page starts: the sort-key values of the row before it, as text. */
export interface KeysetPage {
  limit: number;
  after: string[];
  /** Reads the rows before `after` (a previous page), still answered in the sort's order. */
  backwards: boolean;
}
export interface OffsetPage {
  limit: number;
  offset: number;
}

export interface Page {
  items: Product[];
  /** Sort-key values of each item, as text: what a cursor to it holds. */
  keys: string[][];
  /** More rows lie beyond the page in the direction it was read. */
  more: boolean;
}

// The searched text and the name, folded (unaccented, lower case) by cais_fold and stored as
// generated columns (migration 0014), so no row runs unaccent at search time; the trigram index
// products_search_text_trgm_idx serves every word.
const searchText = sql`"products"."search_text"`;
const foldedName = sql`"products"."search_name"`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The words of a search, at most 8 (each is one more index condition). */
export const searchWords = (text: string): string[] =>
  [...new Set(text.split(/\s+/).filter(Boolean))].slice(0, 8);

/** Words fewer products than this contain are matched by closeness too: see resolveSearch. */
export const FUZZY_BELOW = 1_000;

const folded = (word: string) => sql`cais_fold(${word})`;
const containing = (word: string) => sql`cais_fold(${`%${escapeLike(word)}%`})`;

/** A word of a search, and whether it also matches by closeness (see resolveSearch). */
export interface SearchWord {
  word: string;
  fuzzy: boolean;
}

// A word matches as a part of the text (`algod` in "algodão") and, when fuzzy, also when it is
// close to a whole word of the text: trigram similarity at pg_trgm.strict_word_similarity_threshold,
// 0.5 by default (`cadera` ~ "cadeira" is 0.5). Both operators are served by the trigram GIN index.
const wordMatches = ({ word, fuzzy }: SearchWord): SQL =>
  fuzzy
    ? sql`(${searchText} like ${containing(word)} or ${folded(word)} <<% ${searchText})`
    : sql`${searchText} like ${containing(word)}`;

const ProbeRow = rowShape('resolveSearch', { found: Type.Array(Type.Integer()) });

/**
 * The words of `text`, each fuzzy when fewer than `fuzzyBelow` live products contain it as
 * written. Closeness is what costs: for a common word it finds several times the rows containing
 * it (96,665 against 24,918 for `geladeira` among a million demo products), each one to read and
 * rank, and adds only near spellings of a word already found. A small catalog, where every word
 * is rare, matches every word by closeness too.
 */
export async function resolveSearch(
  db: Database,
  text: string,
  fuzzyBelow: number,
): Promise<SearchWord[]> {
  const words = searchWords(text);
  // One bounded count per word. Each pattern is a constant of the statement, so the planner
  // weighs it: a common word reaches the bound within the first rows of a scan, a rare one is
  // counted through the trigram index.
  const probes = words.map(
    (word) =>
      sql`(select count(*)::int from (select 1 from products where ${live} and ${searchText} like ${containing(word)} limit ${fuzzyBelow}) as found)`,
  );
  const row = await selectOne(
    db,
    ProbeRow,
    sql`select array[${sql.join(probes, sql`, `)}] as found`,
  );
  return words.map((word, i) => ({ word, fuzzy: (row?.found[i] ?? 0) < fuzzyBelow }));
}

/**
 * How well a product matches the search: each word found as written counts (twice in the name),
 * then the closeness of the whole search to the name (double) and to the text, so a product named
 * for what was searched comes before one that only mentions it, and both before near spellings.
 */
function relevance(text: string): SQL {
  const literal = searchWords(text).map(
    (word) =>
      sql`(case when ${foldedName} like ${containing(word)} then 2 else 0 end + case when ${searchText} like ${containing(word)} then 1 else 0 end)`,
  );
  return sql`(${sql.join(literal, sql` + `)} + 2 * word_similarity(${folded(text)}, ${foldedName}) + word_similarity(${folded(text)}, ${searchText}))::float8`;
}

/**
 * The one filter every product list applies; trashed products are never listed. `words` are the
 * search's, resolved by resolveSearch.
 */
function where(filter: ProductFilter, words: SearchWord[]): SQL | undefined {
  const decimal = (value: number) => String(value);
  return and(
    live,
    filter.categoria !== undefined ? eq(products.categoria, filter.categoria) : undefined,
    filter.priceMin !== undefined ? gte(products.price, decimal(filter.priceMin)) : undefined,
    filter.priceMax !== undefined ? lte(products.price, decimal(filter.priceMax)) : undefined,
    ...words.map(wordMatches),
  );
}

// The SQL type of each sort key, to read a cursor's text back exactly.
const KEY_TYPES: Record<SortKey['field'], SQL> = {
  id: sql`integer`,
  name: sql`text`,
  price: sql`numeric`,
  categoria: sql`text`,
  created_at: sql`timestamptz`,
  updated_at: sql`timestamptz`,
  relevance: sql`float8`,
};

function keyExpression(field: SortKey['field'], filter: ProductFilter): SQL {
  if (field !== 'relevance') return sql`${products[field]}`;
  if (filter.text === undefined) throw new Error('relevance needs a search text');
  return relevance(filter.text);
}

/**
 * Rows after `values` in the order of `keys` (before, when `backwards`). One row comparison when
 * every key runs the same way, which an index on the keys serves directly; otherwise the
 * expanded form `k1 > v1 or (k1 = v1 and k2 < v2) ...`.
 */
function beyond(keys: SortKey[], values: string[], filter: ProductFilter, backwards: boolean) {
  const exprs = keys.map((k) => keyExpression(k.field, filter));
  const vals = keys.map((k, i) => sql`${values[i] ?? ''}::${KEY_TYPES[k.field]}`);
  const after = (k: SortKey) => k.descending === backwards;
  if (keys.every((k) => k.descending === keys[0]?.descending)) {
    const op = after(keys[0] as SortKey) ? sql`>` : sql`<`;
    return sql`(${sql.join(exprs, sql`, `)}) ${op} (${sql.join(vals, sql`, `)})`;
  }
  return or(
    ...keys.map((key, i) =>
      and(
        ...keys.slice(0, i).map((_, j) => sql`${exprs[j]} = ${vals[j]}`),
        after(key) ? sql`${exprs[i]} > ${vals[i]}` : sql`${exprs[i]} < ${vals[i]}`,
      ),
    ),
  );
}

/**
 * One page of the list, by offset or after a keyset position; one row more tells if more follow.
 * With `rankAtMost`, a list sorted by relevance ranks only the first that many matches (by id):
 * ordering by relevance reads and scores every match, seconds for the 25,000 products a common
 * word finds among a million, while the first matches by id come from the primary key at once.
 */
export async function findProductPage(
  db: Database,
  filter: ProductFilter,
  sort: SortKey[],
  page: OffsetPage | KeysetPage,
  rankAtMost?: number,
): Promise<Page> {
  const backwards = 'after' in page && page.backwards;
  const exprs = sort.map((k) => keyExpression(k.field, filter));
  const order = sort.map((k, i) =>
    k.descending !== backwards ? desc(exprs[i] as SQL) : asc(exprs[i] as SQL),
  );
  const words = filter.text === undefined ? [] : await resolveSearch(db, filter.text, FUZZY_BELOW);
  const matching = where(filter, words);
  const ranked = rankAtMost !== undefined && sort.some((k) => k.field === 'relevance');
  const rows = await db
    .select({
      product: products,
      keys: sql<string[]>`array[${sql.join(
        exprs.map((e) => sql`(${e})::text`),
        sql`, `,
      )}]`,
    })
    .from(products)
    .where(
      and(
        ranked
          ? sql`${products.id} in (select ${products.id} from ${products} where ${matching} order by ${products.id} limit ${rankAtMost})`
          : matching,
        'after' in page ? beyond(sort, page.after, filter, backwards) : undefined,
      ),
    )
    .orderBy(...order)
    .limit(page.limit + 1)
    .offset('offset' in page ? page.offset : 0);
  const more = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  if (backwards) kept.reverse();
  return { items: kept.map((r) => toProduct(r.product)), keys: kept.map((r) => r.keys), more };
}

/** Every matching product in the order of `sort`, `batch` rows per query, read by keyset. */
export async function* allProducts(
  db: Database,
  filter: ProductFilter,
  sort: SortKey[],
  batch = 2_000,
): AsyncGenerator<Product[]> {
  let page = await findProductPage(db, filter, sort, { limit: batch, offset: 0 });
  for (;;) {
    if (page.items.length > 0) yield page.items;
    const last = page.keys.at(-1);
    if (!page.more || last === undefined) return;
    page = await findProductPage(db, filter, sort, { limit: batch, after: last, backwards: false });
  }
}

export interface Total {
  total: number;
  /** False when the total is the planner's estimate. */
  exact: boolean;
}

/**
 * Counts up to `exactUpTo` matching rows exactly (a bounded scan); above that, answers the
 * planner's estimate, since counting a million rows costs more than any page.
 */
const CountedRow = rowShape('countProducts', { n: Type.Integer() });
const PlanRow = rowShape('countProducts estimate', {
  'QUERY PLAN': Type.Array(Type.Object({ Plan: Type.Object({ 'Plan Rows': Type.Number() }) })),
});

export async function countProducts(
  db: Database,
  filter: ProductFilter,
  exactUpTo: number,
): Promise<Total> {
  const words = filter.text === undefined ? [] : await resolveSearch(db, filter.text, FUZZY_BELOW);
  const condition = where(filter, words) ?? sql`true`;
  const counted = await selectOne(
    db,
    CountedRow,
    sql`select count(*)::int as n from (select 1 from products where ${condition} limit ${exactUpTo + 1}) as m`,
  );
  const n = counted?.n ?? 0;
  if (n <= exactUpTo) return { total: n, exact: true };
  const plan = await selectOne(
    db,
    PlanRow,
    sql`explain (format json) select 1 from products where ${condition}`,
  );
  const estimate = Math.round(plan?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
  return { total: Math.max(estimate, n), exact: false };
}
