import { parseObjectKey, type ObjectRef } from '../lake/keys.js';
import type { Lake } from '../lake/lake.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import type { DayPartition } from '../lake/listing.js';
import {
  COMPACTED_QUOTES_PREFIX,
  manifestName,
  manifestPrefix,
  MANIFESTS_PREFIX,
  partPrefix,
} from './compacted-keys.js';
import { coveredKeys, newestManifestKey, readManifest, type Manifest } from './manifest.js';

/** One coin's day as three listings show it: raw objects, manifests and parts. */
export interface DayState extends DayPartition {
  /** The raw CSV keys of the day. */
  csvKeys: string[];
  manifestKey: string | undefined;
  /** Parquet parts present (those of the manifest, and any a stopped run left unnamed). */
  partKeys: string[];
}

export async function readDayState(lake: Lake, partition: DayPartition): Promise<DayState> {
  const [raw, manifests, parts] = await Promise.all([
    lake.list(partition.prefix),
    lake.list(manifestPrefix(partition.slug, partition.day)),
    lake.list(partPrefix(partition.slug, partition.day)),
  ]);
  return {
    ...partition,
    csvKeys: raw.keys.filter((key) => key.endsWith('.csv')),
    manifestKey: newestManifestKey(manifests.keys),
    partKeys: parts.keys.filter((key) => key.endsWith('.parquet')),
  };
}

/**
 * True when the newest manifest accounts for every raw object of the day. Raw objects are never
 * removed and a manifest only names objects it listed, so equal counts mean equal sets.
 */
export const fullyCompacted = (state: DayState): boolean =>
  state.manifestKey !== undefined &&
  manifestName(state.manifestKey)?.covered === state.csvKeys.length;

/** The day's raw objects that its newest manifest does not account for, and that manifest. */
export async function uncompacted(
  lake: Lake,
  state: DayState,
): Promise<{ manifest: Manifest | undefined; refs: ObjectRef[] }> {
  const manifest = state.manifestKey ? await readManifest(lake, state.manifestKey) : undefined;
  const covered = coveredKeys(manifest);
  const refs = state.csvKeys.flatMap((key) => {
    const ref = covered.has(key) ? undefined : parseObjectKey(key);
    return ref ? [ref] : [];
  });
  return { manifest, refs };
}

/** Every manifest and part key of the lake, by the day folder they sit in. */
export interface CompactedTree {
  manifests: Map<string, string[]>;
  parts: Map<string, string[]>;
}

const group = (keys: readonly string[], prefix: string): Map<string, string[]> => {
  const byFolder = new Map<string, string[]>();
  for (const key of keys) {
    const folder = key.slice(prefix.length, key.lastIndexOf('/') + 1);
    const keys = byFolder.get(folder);
    if (keys) keys.push(key);
    else byFolder.set(folder, [key]);
  }
  return byFolder;
};

/**
 * The compacted tree in two listings (one paged request per thousand keys on S3), or, given
 * coin month folders (`coin=<slug>/year=YYYY/month=MM/`), only theirs: two listings a month.
 */
export async function compactedTree(
  lake: Lake,
  folders?: readonly string[],
): Promise<CompactedTree> {
  const listAll = async (prefix: string) =>
    folders
      ? (await mapConcurrent(folders, 16, (folder) => lake.listAll(`${prefix}${folder}`))).flat()
      : lake.listAll(prefix);
  const [manifests, parts] = await Promise.all([
    listAll(MANIFESTS_PREFIX),
    listAll(COMPACTED_QUOTES_PREFIX),
  ]);
  return {
    manifests: group(manifests, MANIFESTS_PREFIX),
    parts: group(parts, COMPACTED_QUOTES_PREFIX),
  };
}

/** A day's state from its raw folder's listing and the compacted tree listed once. */
export async function dayStateFrom(
  lake: Lake,
  partition: DayPartition,
  tree: CompactedTree,
): Promise<DayState> {
  const raw = await lake.list(partition.prefix);
  const folder = partPrefix(partition.slug, partition.day).slice(COMPACTED_QUOTES_PREFIX.length);
  return {
    ...partition,
    csvKeys: raw.keys.filter((key) => key.endsWith('.csv')),
    manifestKey: newestManifestKey(tree.manifests.get(folder) ?? []),
    partKeys: (tree.parts.get(folder) ?? []).filter((key) => key.endsWith('.parquet')),
  };
}
