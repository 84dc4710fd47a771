import { startFakeCoinMarketCap } from './fake-coinmarketcap.js';

/**
 * The fake CoinMarketCap as a process of its own, for the container tests (docker/ci/run.sh
 * bundles it with esbuild and runs it in a container): `node fake.mjs [port]`, on every interface.
 * Each request is logged as a JSON line, so the test can see the key the etl worker sent.
 */
const fake = await startFakeCoinMarketCap({
  host: '0.0.0.0',
  port: Number(process.argv[2] ?? 8080),
});
console.log(`fake CoinMarketCap on ${fake.url}`);
let logged = 0;
setInterval(() => {
  for (const request of fake.requests.slice(logged)) console.log(JSON.stringify(request));
  logged = fake.requests.length;
}, 200).unref();
const stop = () => {
  void fake.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop).once('SIGINT', stop);
