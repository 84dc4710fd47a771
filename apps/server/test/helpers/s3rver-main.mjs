// s3rver as its own process. Its listing continuation tokens are DES-encrypted, which OpenSSL 3
// offers only through its legacy provider: run with node --openssl-legacy-provider.
// Usage: s3rver-main.mjs <directory> <bucket>; prints {"port": n} once listening.
import S3rver from 's3rver';

const [directory, bucket] = process.argv.slice(2);
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
