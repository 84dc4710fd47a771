/**
 * The data lake: immutable raw objects under keys shared by every implementation (a folder,
 * S3), so a lake can be copied from one to the other and replayed the same way.
 */
export interface Lake {
  /** Where the lake is, safe to log: `folder /abs/path` or `s3://bucket/prefix`. */
  readonly location: string;
  /**
   * Stores a new object. Readers never see half of it, and an existing key is never replaced:
   * that throws LakeKeyExistsError. Raw objects are text; compacted partitions are Parquet bytes.
   */
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes; LakeError when it does not exist. */
  get(key: string): Promise<Buffer>;
  /** One level under `prefix` (which ends in `/` or is empty): its objects and sub-prefixes. */
  list(prefix: string): Promise<LakeListing>;
  /**
   * Every key under `prefix` at any depth, sorted: one paged request per thousand keys on S3,
   * where walking a deep tree level by level costs a request per folder. For small trees
   * (manifests, compacted parts), never for raw/.
   */
  listAll(prefix: string): Promise<string[]>;
  /** Releases connections; the lake is unusable afterwards. */
  close(): Promise<void>;
}

export interface LakeListing {
  keys: string[];
  /** Each ends in `/`. */
  prefixes: string[];
}

/** A lake failure with a message that says what to check (path, bucket, credentials). */
export class LakeError extends Error {}

export class LakeKeyExistsError extends LakeError {
  constructor(
    readonly key: string,
    location: string,
  ) {
    super(`${key} already exists in the lake (${location}); lake objects are never replaced`);
  }
}
