#!/usr/bin/env -S node --openssl-legacy-provider
// The cais-ci/seaweedfs stand-in's `weed` command: the two uses compose.yaml makes of SeaweedFS,
// served by s3rver (a real S3 API in Node) so the stack runs where no image registry is reachable.
//   weed server -dir=DIR ... -s3 -s3.port=8333 -s3.config=FILE   S3 on s3.port (GET /status is the
//       health probe), the identities of FILE accepted; bucket creation for `weed shell` on 9333.
//   echo "s3.bucket.create -name NAME" | weed shell -master=HOST:9333
// (--openssl-legacy-provider: s3rver encrypts listing continuation tokens with DES.)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire('/opt/s3rver/');
const [command, ...args] = process.argv.slice(2);
const flag = (name, fallback) =>
  args.find((a) => a.startsWith(`-${name}=`))?.slice(name.length + 2) ?? fallback;

async function server() {
  const S3rver = require('s3rver');
  const account = require('s3rver/lib/models/account.js');
  const config = flag('s3.config');
  if (config) {
    for (const identity of JSON.parse(readFileSync(config, 'utf8')).identities ?? []) {
      for (const { accessKey, secretKey } of identity.credentials ?? []) {
        account.DUMMY_ACCOUNT.createKeyPair(accessKey, secretKey);
      }
    }
  }
  const s3 = new S3rver({
    address: '0.0.0.0',
    port: Number(flag('s3.port', '8333')),
    silent: true,
    directory: flag('dir', '/data'),
    // Path-style only: a Host such as "lake:8333" is the store's name, not a bucket's.
    vhostBuckets: false,
  });
  s3.middleware.unshift(async (ctx, next) => {
    if (ctx.path !== '/status') return next();
    ctx.body = '{"Version":"cais-ci s3rver stand-in"}';
  });
  await s3.run();
  const master = createServer(async (request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').searchParams.get('bucket.create');
    if (request.method !== 'POST' || !name || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name)) {
      response.writeHead(400).end('POST /?bucket.create=NAME\n');
      return;
    }
    await s3.store.putBucket(name);
    response.writeHead(200).end(`bucket ${name} ready\n`);
  });
  master.listen(Number(flag('master.port', '9333')), '0.0.0.0');
  console.log(`s3rver stand-in: S3 on ${flag('s3.port', '8333')}, buckets on 9333`);
  const stop = () => {
    master.close();
    s3.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop).once('SIGINT', stop);
}

async function shell() {
  const master = flag('master', '127.0.0.1:9333');
  const input = readFileSync(0, 'utf8');
  for (const [, name] of input.matchAll(/s3\.bucket\.create\s+-name\s+(\S+)/g)) {
    const response = await fetch(`http://${master}/?bucket.create=${encodeURIComponent(name)}`, {
      method: 'POST',
    });
    process.stdout.write(await response.text());
    if (!response.ok) process.exit(1);
  }
}

if (command === 'server') await server();
else if (command === 'shell') await shell();
else {
  console.error(`weed (cais-ci stand-in): only "server" and "shell" are served, not "${command}"`);
  process.exit(2);
}
