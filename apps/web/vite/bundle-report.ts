import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

export interface PageSize {
  page: string;
  files: string[];
  gzipBytes: number;
}

/** The JavaScript a page loads before it can render: its chunk and every chunk it imports statically. */
function closure(chunk: OutputChunk, chunks: Map<string, OutputChunk>, into = new Set<string>()) {
  if (into.has(chunk.fileName)) return into;
  into.add(chunk.fileName);
  for (const name of chunk.imports) {
    const imported = chunks.get(name);
    if (imported) closure(imported, chunks, into);
  }
  return into;
}

/**
 * Initial JavaScript per page: the entry alone (the catalog, which the entry renders without a
 * lazy import) and the entry plus each lazily loaded page.
 */
export function pageSizes(bundle: OutputBundle): PageSize[] {
  const chunks = new Map(
    Object.values(bundle)
      .filter((item): item is OutputChunk => item.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const gzip = new Map(
    [...chunks.values()].map((c) => [c.fileName, gzipSync(c.code).length] as const),
  );
  const size = (files: Set<string>) => [...files].reduce((sum, f) => sum + (gzip.get(f) ?? 0), 0);
  const entries = [...chunks.values()].filter((c) => c.isEntry);
  const pages: PageSize[] = [];
  for (const entry of entries) {
    const initial = closure(entry, chunks);
    pages.push({ page: 'catalog (entry)', files: [...initial], gzipBytes: size(initial) });
    for (const lazy of [...chunks.values()].filter((c) => c.isDynamicEntry)) {
      const files = closure(lazy, chunks, new Set(initial));
      pages.push({ page: `entry + ${lazy.name}`, files: [...files], gzipBytes: size(files) });
    }
  }
  return pages;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** Prints each page's initial JavaScript (gzip) against the budget after the build. */
export function bundleReport({ budgetKb }: { budgetKb: number }): Plugin {
  let pages: PageSize[] = [];
  return {
    name: 'cais:bundle-report',
    apply: 'build',
    enforce: 'post',
    writeBundle(_options, bundle) {
      pages = pageSizes(bundle);
    },
    closeBundle() {
      if (pages.length === 0) return;
      const width = Math.max(...pages.map((p) => p.page.length));
      console.log(`\ninitial JavaScript per page, gzip (budget ${budgetKb} kB for the catalog):`);
      for (const p of pages) {
        const over = p.page.startsWith('catalog') && p.gzipBytes > budgetKb * 1000;
        console.log(
          `  ${p.page.padEnd(width)}  ${kB(p.gzipBytes).padStart(10)}  ${over ? 'OVER BUDGET' : ''}`,
        );
      }
    },
  };
}
