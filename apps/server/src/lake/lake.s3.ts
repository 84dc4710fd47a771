import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { LakeError, LakeKeyExistsError, type Lake, type LakeListing } from './lake.js';

export interface S3LakeOptions {
  bucket: string;
  /** Key prefix inside the bucket, without slashes at either end; '' for the bucket's root. */
  prefix: string;
  /** S3_ENDPOINT, for S3-compatible stores. */
  endpoint: string | undefined;
  forcePathStyle: boolean;
  /** Extra client settings (tests pass credentials for s3rver). */
  client?: S3ClientConfig;
}

interface AwsError {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
}

const status = (error: unknown) => (error as AwsError).$metadata?.httpStatusCode;
const nameOf = (error: unknown) => (error as AwsError).name ?? (error as AwsError).code ?? '';

/**
 * The region when the environment or AWS config names one; otherwise us-east-1, which S3
 * redirects from (followRegionRedirects) and which S3-compatible stores accept.
 */
async function defaultRegion(): Promise<string> {
  const probe = new S3Client({});
  try {
    return await probe.config.region();
  } catch {
    return 'us-east-1';
  } finally {
    probe.destroy();
  }
}

/** A lake in an S3 bucket (or an S3-compatible store through S3_ENDPOINT). */
export class S3Lake implements Lake {
  readonly location: string;

  private constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
    private readonly endpoint: string | undefined,
  ) {
    this.location = `s3://${bucket}${prefix ? `/${prefix}` : ''}`;
  }

  static async open(options: S3LakeOptions): Promise<S3Lake> {
    const client = new S3Client({
      region: await defaultRegion(),
      followRegionRedirects: true,
      forcePathStyle: options.forcePathStyle,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      // The SDK retries throttling, 5xx and network errors with backoff (3 attempts); these
      // bound each attempt, and the sockets let replay read many objects at once.
      requestHandler: {
        connectionTimeout: 5_000,
        requestTimeout: 30_000,
        httpAgent: { keepAlive: true, maxSockets: 64 },
        httpsAgent: { keepAlive: true, maxSockets: 64 },
      },
      ...options.client,
    });
    return new S3Lake(client, options.bucket, options.prefix, options.endpoint);
  }

  private full(key: string): string {
    return this.prefix ? `${this.prefix}/${key}` : key;
  }

  private relative(fullKey: string): string {
    return this.prefix ? fullKey.slice(this.prefix.length + 1) : fullKey;
  }

  /** A failure as a message that says what to check. */
  private explain(action: string, error: unknown): LakeError {
    const name = nameOf(error);
    let reason: string;
    if (name === 'NoSuchBucket') {
      reason = `bucket ${this.bucket} does not exist: create it or fix LAKE_URL`;
    } else if (name === 'AccessDenied' || name === 'Forbidden' || status(error) === 403) {
      reason =
        'access denied: the AWS credentials in use need s3:ListBucket, s3:GetObject and ' +
        's3:PutObject on the bucket';
    } else if (name === 'CredentialsProviderError') {
      reason =
        'no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, ' +
        'run with an instance or task role, or use a folder LAKE_URL';
    } else if (
      /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|TimeoutError/.test(`${name} ${String(error)}`)
    ) {
      reason = `cannot reach ${this.endpoint ?? 'S3'}${this.endpoint ? ' (S3_ENDPOINT)' : ''}: ${(error as Error).message}`;
    } else {
      reason = `${name ? `${name}: ` : ''}${(error as Error).message}`;
    }
    return new LakeError(`Cannot ${action} (${this.location}): ${reason}`, { cause: error });
  }

  /**
   * `If-None-Match: *` makes S3 refuse to replace an existing key, atomically (412). Stores that
   * ignore the header (s3rver, older MinIO) are covered by the HEAD check before it; on those
   * alone, two writers of one key within that window could replace each other, which one
   * scheduler per lake never does.
   */
  async put(key: string, body: string | Uint8Array, contentType: string): Promise<void> {
    const Key = this.full(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key }));
      throw new LakeKeyExistsError(key, this.location);
    } catch (error) {
      if (error instanceof LakeKeyExistsError) throw error;
      // 404: free to write; 403: no s3:ListBucket to tell, so If-None-Match alone decides.
      if (status(error) !== 404 && status(error) !== 403) {
        throw this.explain(`check ${key}`, error);
      }
    }
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key,
          Body: body,
          ContentType: contentType,
          IfNoneMatch: '*',
        }),
      );
    } catch (error) {
      // 409: another conditional write of this key is in flight.
      if (status(error) === 412 || status(error) === 409) {
        throw new LakeKeyExistsError(key, this.location);
      }
      throw this.explain(`write ${key}`, error);
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.full(key) }),
      );
      if (!object.Body) throw new Error('empty response');
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      if (nameOf(error) === 'NoSuchKey') {
        throw new LakeError(`Cannot read ${key} from the lake (${this.location}): no such object`, {
          cause: error,
        });
      }
      throw this.explain(`read ${key}`, error);
    }
  }

  private async listPage(
    prefix: string,
    options: { delimiter?: string; startAfter?: string; token?: string; maxKeys?: number },
  ) {
    try {
      return await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.full(prefix),
          ...(options.delimiter ? { Delimiter: options.delimiter } : {}),
          ...(options.startAfter ? { StartAfter: options.startAfter } : {}),
          ...(options.token ? { ContinuationToken: options.token } : {}),
          ...(options.maxKeys ? { MaxKeys: options.maxKeys } : {}),
        }),
      );
    } catch (error) {
      throw this.explain(`list ${prefix || 'the lake'}`, error);
    }
  }

  async list(prefix: string): Promise<LakeListing> {
    const listing: LakeListing = { keys: [], prefixes: [] };
    let token: string | undefined;
    do {
      const page = await this.listPage(prefix, { delimiter: '/', ...(token ? { token } : {}) });
      for (const object of page.Contents ?? []) {
        if (object.Key) listing.keys.push(this.relative(object.Key));
      }
      for (const common of page.CommonPrefixes ?? []) {
        if (common.Prefix) listing.prefixes.push(this.relative(common.Prefix));
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    if (listing.keys.length > 0 || listing.prefixes.length > 0) return listing;
    // Empty, or a store that misses prefixes whose objects lie deeper (s3rver does): one key
    // without the delimiter tells which.
    const probe = await this.listPage(prefix, { maxKeys: 1 });
    return probe.Contents?.length ? this.listBySkipping(prefix) : listing;
  }

  /**
   * One level of `prefix` without the delimiter: page through the keys, and on meeting a deeper
   * key record its first segment as a prefix and start after everything under it. One request
   * per sub-prefix: a fallback for stores whose delimiter listings are incomplete.
   */
  private async listBySkipping(prefix: string): Promise<LakeListing> {
    const listing: LakeListing = { keys: [], prefixes: [] };
    let startAfter: string | undefined;
    // Partition levels hold sub-prefixes, not objects: ask for one key at a time until a level
    // turns out to hold objects (some stores read every listed object's metadata).
    let maxKeys = 1;
    for (;;) {
      const page = await this.listPage(prefix, { maxKeys, ...(startAfter ? { startAfter } : {}) });
      const contents = page.Contents ?? [];
      let skipped = false;
      for (const object of contents) {
        if (!object.Key) continue;
        const key = this.relative(object.Key);
        const slash = key.indexOf('/', prefix.length);
        if (slash === -1) {
          listing.keys.push(key);
          startAfter = object.Key;
          maxKeys = 1_000;
          continue;
        }
        const child = key.slice(0, slash + 1);
        listing.prefixes.push(child);
        // Keys are compared as UTF-8 bytes: U+FFFF sorts after every key of the layout.
        startAfter = `${this.full(child)}\uffff`;
        skipped = true;
        break;
      }
      if (contents.length === 0 || (!skipped && !page.IsTruncated)) return listing;
    }
  }

  async listAll(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.listPage(prefix, token ? { token } : {});
      for (const object of page.Contents ?? []) {
        if (object.Key) keys.push(this.relative(object.Key));
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
