import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/**
 * Writes .br and .gz beside each text file of the build, compressed once at the highest levels,
 * so the web server sends them as they are (@fastify/static `preCompressed`) instead of
 * compressing on every request.
 */
export function precompress(): Plugin {
  return {
    name: 'cais:precompress',
    apply: 'build',
    enforce: 'post',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      await Promise.all(
        Object.values(bundle)
          .filter((item) => COMPRESSIBLE.test(item.fileName))
          .map(async (item) => {
            const source = Buffer.from(item.type === 'chunk' ? item.code : item.source);
            if (source.length < 1024) return;
            const file = join(outDir, item.fileName);
            await Promise.all([
              writeFile(`${file}.gz`, gzipSync(source, { level: 9 })),
              writeFile(
                `${file}.br`,
                brotliCompressSync(source, {
                  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
                }),
              ),
            ]);
          }),
      );
    },
  };
}
