import { LakeKeyExistsError, type Lake } from '../lake/lake.js';
import type { Day } from '../lake/keys.js';
import { manifestKey, manifestName, manifestPrefix } from './compacted-keys.js';

/** A raw object and the MD5 (hex) of its bytes when it was read. */
export interface SourceObject {
  key: string;
  md5: string;
}

export interface ManifestPart {
  key: string;
  rows: number;
  /** The raw objects whose rows this part holds (rows already in an earlier part are not repeated). */
  sources: SourceObject[];
}

/**
 * What is compacted of one coin's day: every part, the raw objects each was built from, and the
 * raw objects that are not quotes files (kept out, with the reason, so they are not read again).
 * Manifests are never replaced: each compaction of the day publishes the next version, after
 * its part, so a reader that finds a manifest finds every part it names.
 */
export interface Manifest {
  format: 1;
  coin: string;
  day: Day;
  version: number;
  compactedAt: string;
  parts: ManifestPart[];
  skipped: (SourceObject & { reason: string })[];
}

/** Every raw key the manifest accounts for. */
export function coveredKeys(manifest: Manifest | undefined): Set<string> {
  if (!manifest) return new Set();
  return new Set([
    ...manifest.parts.flatMap((p) => p.sources.map((s) => s.key)),
    ...manifest.skipped.map((s) => s.key),
  ]);
}

/**
 * The key of the newest manifest among a listing's keys. Two compactions racing on one day (one
 * scheduler per lake never does) could both publish a version: the one covering more objects
 * wins, and the other's part is read by queries as a duplicate that the view collapses.
 */
export function newestManifestKey(keys: readonly string[]): string | undefined {
  let newest: { key: string; version: number; covered: number } | undefined;
  for (const key of keys) {
    const name = manifestName(key);
    if (!name) continue;
    if (
      !newest ||
      name.version > newest.version ||
      (name.version === newest.version && name.covered > newest.covered)
    ) {
      newest = { key, ...name };
    }
  }
  return newest?.key;
}

export async function readManifest(lake: Lake, key: string): Promise<Manifest> {
  return JSON.parse((await lake.get(key)).toString('utf8')) as Manifest;
}

/** The newest manifest of a coin's day, or undefined when the day was never compacted. */
export async function latestManifest(
  lake: Lake,
  coin: string,
  day: Day,
): Promise<Manifest | undefined> {
  const newest = newestManifestKey((await lake.list(manifestPrefix(coin, day))).keys);
  return newest ? readManifest(lake, newest) : undefined;
}

/**
 * Publishes a manifest version. False when that version exists already: another compaction of
 * the same day got there first, and its manifest stands.
 */
export async function publishManifest(lake: Lake, manifest: Manifest): Promise<boolean> {
  try {
    await lake.put(
      manifestKey(manifest.coin, manifest.day, manifest.version, coveredKeys(manifest).size),
      `${JSON.stringify(manifest, null, 1)}\n`,
      'application/json',
    );
    return true;
  } catch (error) {
    if (error instanceof LakeKeyExistsError) return false;
    throw error;
  }
}
