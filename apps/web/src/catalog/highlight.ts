/**
 * Which parts of a product's text a search matched, to mark them in the results. It follows the
 * api's matching (apps/server/src/catalog/product-list.repository.ts): each word of the search,
 * folded (no accents, lower case), found as a part of the folded text (`tenis` in "Tênis",
 * `algod` in "algodão"), or else, for a typo, a whole word of the text close to it by trigrams
 * (`cadera` marks "Cadeira"), as PostgreSQL's pg_trgm measures closeness.
 */

export interface Part {
  text: string;
  match: boolean;
}

/** The api searches at most this many words (each one more index condition). */
const MAX_WORDS = 8;
/** pg_trgm's strict_word_similarity_threshold default, the api's bar for a near spelling. */
const SIMILARITY = 0.5;

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a search as the api reads them, folded. */
export function searchWords(q: string): string[] {
  return [...new Set(q.split(/\s+/).filter(Boolean))].slice(0, MAX_WORDS).map(fold);
}

/** The folded text, and for each of its code units the range of the original text it came from. */
function foldWithMap(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let i = 0; i < piece.length; i++) {
      from.push(at);
      to.push(at + char.length);
    }
    folded += piece;
    at += char.length;
  }
  return { folded, from, to };
}

/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const chars = Array.from(`  ${word} `);
  const result = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) result.add(chars.slice(i, i + 3).join(''));
  return result;
}

/** Shared trigrams over all trigrams of both words, as pg_trgm's similarity. */
export function similarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  const all = left.size + right.size - shared;
  return all === 0 ? 0 : shared / all;
}

/** Splits `text` into matched and unmatched parts, in order; one unmatched part when none match. */
export function highlightParts(text: string, q: string): Part[] {
  const words = searchWords(q);
  if (words.length === 0 || text === '') return [{ text, match: false }];
  const { folded, from, to } = foldWithMap(text);
  const ranges: [number, number][] = [];
  const unfound: string[] = [];
  for (const word of words) {
    let found = false;
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      ranges.push([at, at + word.length]);
      found = true;
    }
    if (!found) unfound.push(word);
  }
  // A word not found as written may be a typo: it marks the words of the text it is close to.
  if (unfound.length > 0) {
    for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (unfound.some((word) => similarity(word, match[0]) >= SIMILARITY)) {
        ranges.push([match.index, match.index + match[0].length]);
      }
    }
  }
  if (ranges.length === 0) return [{ text, match: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: Part[] = [];
  let shown = 0;
  let open: [number, number] | undefined;
  const close = () => {
    if (!open) return;
    // Folded positions back to the original text: "Tênis" is marked whole for `tenis`.
    const start = Math.max(shown, from[open[0]] ?? shown);
    let end = to[open[1] - 1] ?? start;
    // Combining marks of a text written decomposed belong to the letter before them.
    while (end < text.length && /\p{M}/u.test(text[end] ?? '')) end++;
    if (start > shown) parts.push({ text: text.slice(shown, start), match: false });
    if (end > start) parts.push({ text: text.slice(start, end), match: true });
    shown = Math.max(shown, end);
  };
  for (const range of ranges) {
    if (open && range[0] <= open[1]) open[1] = Math.max(open[1], range[1]);
    else {
      close();
      open = [...range];
    }
  }
  close();
  if (shown < text.length) parts.push({ text: text.slice(shown), match: false });
  return parts;
}

/**
 * The parts from a little before the first match on, for a one-line description: a match deep
 * in a long text would otherwise sit past the ellipsis, out of sight. Cut at a space, marked `…`.
 */
export function excerpt(parts: Part[], lead = 30): Part[] {
  const first = parts.findIndex((part) => part.match);
  const before = parts.slice(0, Math.max(first, 0));
  const length = before.reduce((sum, part) => sum + part.text.length, 0);
  if (first <= 0 || length <= lead) return parts;
  const text = before.map((part) => part.text).join('');
  const space = text.indexOf(' ', length - lead);
  const start = space === -1 ? length - lead : space + 1;
  return [{ text: `…${text.slice(start)}`, match: false }, ...parts.slice(first)];
}
