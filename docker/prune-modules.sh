#!/bin/sh
# Removes from a production node_modules what Node never loads at run time, to keep the image small
# (issue 12: under 250 MB with the official slim bases; docs/deployment.md has the figures).
# Only whole classes of files that no `import` or `require` under Node can reach:
# - type declarations, source maps and TypeScript sources (Node does not strip types in node_modules);
# - readmes, changelogs and the test, docs, example and benchmark folders of a package (its root only);
# - the browser-only builds: csv-parse's and csv-stringify's dist/umd and dist/iife (their exports
#   name dist/cjs and lib), yaml's browser/ (its exports send the "node" condition to dist/) and the
#   AWS SDK's dist-es (every @aws-sdk and @smithy exports map lists "node" -> dist-cjs before "import").
# Licence and notice files stay. The image's checks (docker/ci/run.sh: every role healthy, the compose
# stack through PostgreSQL, S3 and PGlite) prove nothing needed is gone.
# Usage: docker/prune-modules.sh node_modules...
set -eu
for dir in "$@"; do
  [ -d "$dir" ] || continue
  find "$dir" -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' -o -name '*.map' \
    -o -name '*.ts' -o -name '*.mts' -o -name '*.cts' -o -name '*.tsbuildinfo' \
    -o \( -iname '*.md' ! -iname 'licen[cs]e*' ! -iname 'notice*' \) \) -delete
  find "$dir" -depth -type d -regex '.*node_modules/\(@[^/]*/\)?[^@/][^/]*/\(test\|tests\|__tests__\|docs\|doc\|example\|examples\|benchmark\|benchmarks\|bench\|\.github\)' \
    -exec rm -rf {} +
  find "$dir" -depth -type d \( -regex '.*node_modules/csv-\(parse\|stringify\)/dist/\(umd\|iife\)' \
    -o -regex '.*node_modules/yaml/browser' -o -regex '.*node_modules/@\(aws-sdk\|smithy\)/[^/]*/dist-es' \) \
    -exec rm -rf {} +
done
