// Prints the certificates of a CA bundle (default: the system's) that Node's own root store lacks,
// such as a TLS-intercepting proxy's: what the Dockerfile's EXTRA_CA_CERTS build argument takes.
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';

const bundle = readFileSync(process.argv[2] ?? '/etc/ssl/certs/ca-certificates.crt', 'utf8');
const known = new Set(rootCertificates.map((pem) => pem.replace(/\s+/g, '')));
const pems = bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
process.stdout.write(pems.filter((pem) => !known.has(pem.replace(/\s+/g, ''))).join('\n'));
