import { createHash, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from './container-files.js';

/**
 * Amazon's RDS certificate bundle, committed (docker/rds-global-bundle.pem) so the image build
 * downloads nothing; DATABASE_URL on AWS verifies the server against it (sslmode=verify-full).
 * Its source, fingerprint and expiry are in docs/deployment.md; these checks keep them true and
 * fail two years before a certificate that RDS servers chain to expires: time to commit a newer
 * bundle.
 */

const MARGIN_MS = 2 * 365 * 24 * 3600 * 1000;
const text = readRepoFile('docker/rds-global-bundle.pem');
const certificates = (
  text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
).map((pem) => new X509Certificate(pem));
const commonName = (cert: X509Certificate) => /CN=([^\n]+)/.exec(cert.subject)?.[1] ?? '';
/** The 2021 root CAs of each region (rds-ca-rsa2048-g1, rds-ca-rsa4096-g1, rds-ca-ecc384-g1). */
const g1Roots = certificates.filter((c) =>
  /^Amazon RDS .+ Root CA (RSA2048|RSA4096|ECC384) G1$/.test(commonName(c)),
);

describe('the RDS CA bundle', () => {
  it('is the file whose SHA-256 fingerprint docs/deployment.md gives', () => {
    const digest = createHash('sha256').update(text).digest('hex');
    expect(readRepoFile('docs/deployment.md')).toContain(digest);
  });

  it('holds only Amazon RDS certificate authorities', () => {
    expect(certificates.length).toBeGreaterThan(100);
    for (const cert of certificates) {
      expect(cert.ca, commonName(cert)).toBe(true);
      expect(cert.subject, commonName(cert)).toMatch(/OU=Amazon RDS/);
    }
  });

  it('has the three current root CAs of the default region and of us-east-1', () => {
    for (const region of ['eu-west-3', 'us-east-1']) {
      const names = g1Roots.map(commonName).filter((n) => n.startsWith(`Amazon RDS ${region} `));
      expect(names.sort(), region).toEqual([
        `Amazon RDS ${region} Root CA ECC384 G1`,
        `Amazon RDS ${region} Root CA RSA2048 G1`,
        `Amazon RDS ${region} Root CA RSA4096 G1`,
      ]);
    }
  });

  it('stays valid for two more years at least (replace the bundle before this fails)', () => {
    const soon = Date.now() + MARGIN_MS;
    const expiring = g1Roots
      .filter((cert) => Date.parse(cert.validTo) < soon)
      .map((cert) => `${commonName(cert)} expires ${cert.validTo}`);
    expect(expiring).toEqual([]);
    for (const cert of g1Roots) expect(cert.verify(cert.publicKey), commonName(cert)).toBe(true);
  });
});
