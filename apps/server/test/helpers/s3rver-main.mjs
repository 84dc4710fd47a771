// s3rver as its own process. Its listing continuation tokens are DES-encrypted, which OpenSSL 3
// offers only through its legacy provider: run with node --openssl-legacy-provider.
// Usage: s3rver-main.mjs <directory> <bucket> [<access key id> <secret>]; prints {"port": n} once
// listening. A key pair given is accepted beside s3rver's own (S3RVER/S3RVER).
import S3rver from 's3rver';
import account from 's3rver/lib/models/account.js';

const [directory, bucket, accessKeyId, secretAccessKey] = process.argv.slice(2);
if (accessKeyId && secretAccessKey)
  account.DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory,
  configureBuckets: [{ name: bucket, configs: [] }],
});
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop).once('SIGINT', stop);
// Gone with the parent, even when it is killed.
process.stdin.on('end', stop).resume();
