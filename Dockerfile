# syntax=docker/dockerfile:1
# One image for every cais role; the command picks it: api (default), web, etl schedule, ...
#   docker build -t cais .
#   docker run --rm -p 8000:8000 cais            # the catalog API on PGlite inside the container
#   docker compose up -d --build                 # the whole system (compose.yaml)
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# The manifests first, so the dependency layer is rebuilt only when they change. --parents keeps
# each workspace's folder (Dockerfile syntax 1.20 or later, which the syntax line above fetches).
COPY package.json package-lock.json ./
COPY --parents apps/*/package.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts
# .dockerignore keeps node_modules, builds, tests, docs and the CDK app (infra/) out of the context.
COPY . .
# The root build compiles every workspace present (the server, and the web UI's Vite bundle).
RUN npm run build
# Production dependencies only, then just what runs: manifests, node_modules, compiled output,
# migrations and the healthcheck. Sources, tests and dev tools stay in this stage.
RUN npm prune --omit=dev --ignore-scripts \
  && mkdir /out \
  && tar -cf - package.json node_modules docker \
       $(ls -d apps/*/package.json apps/*/bin apps/*/dist apps/*/drizzle apps/*/node_modules 2>/dev/null) \
     | tar -xf - -C /out

FROM ${NODE_IMAGE}
# tini is PID 1: it forwards SIGTERM/SIGINT to node (which closes servers and the database
# cleanly) and reaps zombies. ca-certificates for TLS to AWS and CoinMarketCap.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini ca-certificates \
  && rm -rf /var/lib/apt/lists/*
# Amazon's RDS certificate bundle: DATABASE_URL on AWS uses sslmode=verify-full with this file.
ADD --chmod=644 https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem /etc/ssl/certs/rds-global-bundle.pem
WORKDIR /app
# The code belongs to root and is read-only for the node user that runs it; only data/ is writable
# (PGlite and a folder lake when no DATABASE_URL / LAKE_URL is given).
COPY --from=build /out/ ./
RUN mkdir -p /app/data && chown node:node /app/data
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PGLITE_DIR=/app/data/pglite \
    LAKE_URL=/app/data/lake
USER node
EXPOSE 8000 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "docker/healthcheck.mjs"]
ENTRYPOINT ["/usr/bin/tini", "--", "node", "apps/server/bin/cais.js"]
CMD ["api"]
