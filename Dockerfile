# One image for every cais role; the command picks it: api (default), web, etl schedule, ...
#   docker build -t cais .
#   docker run --rm --read-only --tmpfs /tmp -v cais-data:/app/data -p 8000:8000 cais
#   docker compose up -d --build                 # the whole system (compose.yaml)
# Plain Dockerfile syntax on purpose (no syntax directive, no BuildKit-only flags, nothing
# downloaded but npm packages): it builds with Docker's classic builder, BuildKit, podman and buildah.
# Node is built in NODE_IMAGE; the final image is RUNTIME_IMAGE (the same Debian release, without
# npm, yarn, corepack and headers) with only the `node` binary copied in: it needs nothing but libc,
# libstdc++ and libgcc, which Debian slim has (apt depends on them). docs/deployment.md has the sizes.
ARG NODE_IMAGE=node:22-bookworm-slim
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${NODE_IMAGE} AS build
# A TLS-intercepting proxy or a registry mirror with a private CA: pass its certificates (PEM text)
# as --build-arg EXTRA_CA_CERTS="$(cat corporate-ca.pem)". They are trusted by npm in this stage
# only, which the final image does not keep.
ARG EXTRA_CA_CERTS=
WORKDIR /app
ENV npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# The manifests first, so the dependency layer is rebuilt only when they change. The CDK app
# (infra/) is a workspace too but stays out of the image: npm ci installs the two apps only.
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY packages/input-kit/package.json packages/input-kit/
# tini comes from Debian here (plain-HTTP apt); its static build is copied to the final stage.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends tini >/dev/null \
  && if [ -n "$EXTRA_CA_CERTS" ]; then printf '%s\n' "$EXTRA_CA_CERTS" > /tmp/extra-ca.pem \
       && export NODE_EXTRA_CA_CERTS=/tmp/extra-ca.pem; fi \
  && npm ci --ignore-scripts --workspace packages/input-kit --workspace apps/server --workspace apps/web \
       --include-workspace-root
# .dockerignore keeps node_modules, builds, tests, docs and the CDK app out of the context.
COPY . .
# Build both apps, then install the server's production dependencies alone (the web UI is a
# static bundle by now: its React packages are not needed at run time), from npm's cache.
# --omit=optional too: @types/pg and @types/node are dev dependencies, but also optional peers of
# drizzle-orm, which npm marks "devOptional" and keeps with --omit=dev alone (the only other optional
# package is pg-cloudflare, for Cloudflare Workers). docker/prune-modules.sh then drops what Node
# never loads (types, maps, docs, tests, browser builds). Then gather what runs, laid out as the final
# image's root (one COPY there): the app, node, tini (static: no apt in the final stage) and
# Amazon's RDS CA bundle (committed: docker/rds-global-bundle.pem).
RUN npm run build --workspace packages/input-kit --workspace apps/server --workspace apps/web \
  && rm -rf node_modules apps/*/node_modules \
  && if [ -n "$EXTRA_CA_CERTS" ]; then export NODE_EXTRA_CA_CERTS=/tmp/extra-ca.pem; fi \
  && npm ci --omit=dev --omit=optional --ignore-scripts --prefer-offline --workspace apps/server \
  && sh docker/prune-modules.sh node_modules apps/server/node_modules \
  && mkdir -p /out/app /out/usr/bin /out/usr/local/bin /out/etc/ssl/certs /data \
  && tar -cf - package.json node_modules docker/healthcheck.mjs \
       apps/server/package.json apps/server/bin apps/server/dist apps/server/drizzle \
       packages/input-kit/package.json packages/input-kit/dist \
       $(ls -d apps/server/node_modules apps/web/package.json apps/web/dist 2>/dev/null) \
     | tar -xf - -C /out/app \
  && install -m 644 docker/rds-global-bundle.pem /out/etc/ssl/certs/rds-global-bundle.pem \
  && install -m 755 /usr/bin/tini-static /out/usr/bin/tini \
  && install -m 755 "$(command -v node)" /out/usr/local/bin/node

FROM ${RUNTIME_IMAGE}
# The user the official Node image has (node, uid 1000), the only RUN of this stage.
RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home --no-log-init node
# The code belongs to root and is read-only for the node user that runs it; only /app/data is
# writable (PGlite and a folder lake when no DATABASE_URL / LAKE_URL is given). With
# `--read-only`, mount a volume or a tmpfs there (and a tmpfs on /tmp).
COPY --from=build /out/ /
COPY --from=build --chown=node:node /data/ /app/data/
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PGLITE_DIR=/app/data/pglite \
    LAKE_URL=/app/data/lake
USER node
EXPOSE 8000 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "docker/healthcheck.mjs"]
# tini is PID 1: it forwards SIGTERM/SIGINT to node (which closes servers and the database
# cleanly) and reaps zombies.
ENTRYPOINT ["/usr/bin/tini", "--", "node", "apps/server/bin/cais.js"]
CMD ["api"]
