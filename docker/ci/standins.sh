#!/usr/bin/env bash
# Builds the local stand-ins for the official base images that compose.yaml and the Dockerfile
# name, for machines that reach no image registry (only Debian's apt and the npm registry):
#   cais-ci/debian:bookworm   debootstrap --variant=minbase bookworm
#   cais-ci/node:20           + this machine's Node (20.19 or later) and npm, user node (uid 1000)
#   cais-ci/postgres:15       + Debian's PostgreSQL 15, with the official image's entrypoint contract
#   cais-ci/seaweedfs:s3rver  + s3rver behind a `weed` command, for compose's lake services
# The cais-ci/ names can never be mistaken for the official images. Each is one layer (made as a
# folder here, then `docker import`ed: with the vfs storage driver every layer is a full copy), and
# is kept: a tag that exists is not built again (CAIS_CI_REBUILD=1 rebuilds them all).
# Usage: docker/ci/standins.sh   (as root; DOCKER names the client, default /usr/bin/docker)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
DOCKER=${DOCKER:-/usr/bin/docker}
cache=${CAIS_CI_CACHE:-/var/cache/cais-ci}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$cache"

# What the stand-ins are made of: an image made from other inputs is made again.
inputs=$(cat "$0" "$here/postgres-entrypoint.sh" "$here/weed.mjs" | sha256sum | cut -c1-12)
node_version=$(node -p 'process.versions.node')
tarball() { echo "$cache/${1//[:\/]/_}-$inputs.tar"; }
have() {
  [ "${CAIS_CI_REBUILD:-0}" != 1 ] &&
    [ "$("$DOCKER" image inspect --format '{{index .Config.Labels "cais-ci.inputs"}}' "$1" 2>/dev/null)" = "$inputs" ]
}
# A tag missing from the engine (a new storage driver, a pruned engine) whose tarball is kept:
# imported again, without apt.
reimport() {
  local tag=$1; shift
  [ "${CAIS_CI_REBUILD:-0}" != 1 ] && [ -s "$(tarball "$tag")" ] || return 1
  "$DOCKER" import --change "LABEL cais-ci.inputs=$inputs" "$@" "$(tarball "$tag")" "$tag" >/dev/null &&
    say "$tag imported again from its tarball"
}
say() { printf '  stand-in %s\n' "$*"; }

# A throw-away copy of the Debian root, removed on exit.
work=$(mktemp -d "$cache/work.XXXXXX")
cleanup() {
  for m in "$work"/*/proc; do mountpoint -q "$m" 2>/dev/null && umount "$m"; done
  rm -rf "$work"
}
trap cleanup EXIT

# The Debian root itself, cached as a tarball (debootstrap takes about a minute).
debian_tar=$cache/debian-bookworm-minbase.tar
if [ ! -s "$debian_tar" ] || [ "${CAIS_CI_REBUILD:-0}" = 1 ]; then
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
  say "debootstrap bookworm (minbase) from $mirror"
  debootstrap --variant=minbase bookworm "$work/debian" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log"; exit 1; }
  rm -rf "$work/debian/var/cache/apt/archives/"*.deb "$work/debian/var/lib/apt/lists/"*
  tar -C "$work/debian" -cf "$debian_tar.part" . && mv "$debian_tar.part" "$debian_tar"
  rm -rf "$work/debian"
fi

root() { mkdir -p "$work/$1" && tar -C "$work/$1" -xf "$debian_tar"; }
# apt inside a root: the host's resolver, no service started by a package.
chroot_apt() {
  local dir=$1; shift
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d" && chmod 755 "$dir/usr/sbin/policy-rc.d"
  mount -t proc proc "$dir/proc"
  { chroot "$dir" apt-get update -qq &&
    chroot "$dir" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"; } \
    >"$work/apt.log" 2>&1 || { umount "$dir/proc"; tail -n 20 "$work/apt.log"; exit 1; }
  chroot "$dir" apt-get clean
  umount "$dir/proc"
  rm -rf "$dir/var/lib/apt/lists/"* "$dir/usr/sbin/policy-rc.d"
  : >"$dir/etc/resolv.conf"
}
# Adds this machine's Node and npm where the official image has them, and its `node` user.
add_node() {
  local dir=$1 node
  node=$(command -v node)
  install -m 755 "$node" "$dir/usr/local/bin/node"
  mkdir -p "$dir/usr/local/lib/node_modules"
  cp -a "$(dirname "$(readlink -f "$node")")/../lib/node_modules/npm" "$dir/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dir/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dir/usr/local/bin/npx"
  chroot "$dir" groupadd --gid 1000 node
  chroot "$dir" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
}
# Imports a root folder as one image, keeping its tarball: when the engine loses its images (a new
# storage driver, a pruned engine) the tag is imported again from it, without apt.
import() {
  local dir=$1 tag=$2; shift 2
  local tar=$cache/${tag//[:\/]/_}.tar
  tar -C "$dir" -cf "$tar.part" . && mv "$tar.part" "$tar"
  rm -rf "$dir"
  "$DOCKER" import "$@" "$tar" "$tag" >/dev/null
  say "$tag built ($("$DOCKER" image inspect --format '{{.Size}}' "$tag" | awk '{printf "%d MB", $1/1e6}'))"
}
# The changes of each image, reused when it is imported again from its tarball.
# Imports a root folder as one image, keeping its tarball for reimport.
import() {
  local dir=$1 tag=$2; shift 2
  rm -f "$cache/${tag//[:\/]/_}"-*.tar
  tar -C "$dir" -cf "$(tarball "$tag").part" . && mv "$(tarball "$tag").part" "$(tarball "$tag")"
  rm -rf "$dir"
  "$DOCKER" import --change "LABEL cais-ci.inputs=$inputs" "$@" "$(tarball "$tag")" "$tag" >/dev/null
  say "$tag built ($("$DOCKER" image inspect --format '{{.Size}}' "$tag" | awk '{printf "%d MB", $1/1e6}'))"
}
PATH_ENV='ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

debian=(--change "$PATH_ENV" --change 'CMD ["bash"]')
if have cais-ci/debian:bookworm; then say "cais-ci/debian:bookworm cached"
elif ! reimport cais-ci/debian:bookworm "${debian[@]}"; then
  root debian
  import "$work/debian" cais-ci/debian:bookworm "${debian[@]}"
fi

node=(--change "$PATH_ENV" --change "ENV NODE_VERSION=$node_version" --change 'CMD ["node"]')
if have cais-ci/node:20; then say "cais-ci/node:20 cached"
elif ! reimport cais-ci/node:20 "${node[@]}"; then
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
    { echo "the stand-in Node image needs Node 20.19 or later here (found $node_version)"; exit 1; }
  root node
  add_node "$work/node"
  import "$work/node" cais-ci/node:20 "${node[@]}"
fi

postgres=(--change 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
  --change 'ENV PGDATA=/var/lib/postgresql/data' --change 'VOLUME /var/lib/postgresql/data'
  --change 'ENTRYPOINT ["docker-entrypoint.sh"]' --change 'CMD ["postgres"]' --change 'EXPOSE 5432')
if have cais-ci/postgres:15; then say "cais-ci/postgres:15 cached"
elif ! reimport cais-ci/postgres:15 "${postgres[@]}"; then
  root postgres
  # No cluster at install: the entrypoint makes one in PGDATA on first start, as the official image.
  mkdir -p "$work/postgres/etc/postgresql-common/createcluster.d"
  echo 'create_main_cluster = false' >"$work/postgres/etc/postgresql-common/createcluster.d/cais-ci.conf"
  chroot_apt "$work/postgres" postgresql-15 gosu
  install -m 755 "$here/postgres-entrypoint.sh" "$work/postgres/usr/local/bin/docker-entrypoint.sh"
  mkdir -p "$work/postgres/var/lib/postgresql/data" "$work/postgres/var/run/postgresql"
  chroot "$work/postgres" chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql
  import "$work/postgres" cais-ci/postgres:15 "${postgres[@]}"
fi

lake=(--change "$PATH_ENV" --change 'ENTRYPOINT ["weed"]' --change 'EXPOSE 8333 9333')
if have cais-ci/seaweedfs:s3rver; then say "cais-ci/seaweedfs:s3rver cached"
elif ! reimport cais-ci/seaweedfs:s3rver "${lake[@]}"; then
  root lake
  chroot_apt "$work/lake" wget
  add_node "$work/lake"
  # s3rver at the version this repository's tests use (package-lock.json).
  s3rver=$(node -p "require('$repo/package-lock.json').packages['node_modules/s3rver'].version")
  mkdir -p "$work/lake/opt/s3rver"
  (cd "$work/lake/opt/s3rver" && echo '{"private":true}' >package.json &&
    npm install --no-audit --no-fund --omit=dev --ignore-scripts --loglevel=error "s3rver@$s3rver" >/dev/null)
  install -m 755 "$here/weed.mjs" "$work/lake/usr/local/bin/weed"
  import "$work/lake" cais-ci/seaweedfs:s3rver "${lake[@]}"
fi
