import type {
  FastifyPluginAsync,
  FastifyPluginOptions,
  FastifyTypeProvider,
  RawServerDefault,
} from 'fastify';
import Type, { type Static, type TObject, type TOptional, type TSchema } from 'typebox';

// TypeBox keeps a schema's `default` out of its type, so `Static` leaves a defaulted field
// optional although validation (useDefaults) always fills it in. A type-only brand says which
// fields are filled, and the type provider below gives handlers the type after validation.
declare const filled: unique symbol;

/** An optional field whose `default` validation fills in. */
export type TDefaulted<T extends TSchema = TSchema> = TOptional<T> & { readonly [filled]: true };

/**
 * Optional to the client (the OpenAPI document does not mark it required), always present to
 * the handler. The schema must carry its `default`; the JSON schema is that of `Type.Optional`.
 */
export function Defaulted<T extends TSchema>(type: T): TDefaulted<T>;
export function Defaulted(type: TSchema): TSchema {
  if (!Object.hasOwn(type, 'default')) throw new Error('Defaulted() needs a schema with a default');
  return Type.Optional(type);
}

type FilledKeys<P> = {
  [K in keyof P]: P[K] extends { readonly [filled]: true } ? K : never;
}[keyof P];

type Flat<T> = { [K in keyof T]: T[K] };

/** What a value of the schema is after validation: its defaulted fields are present. */
export type Validated<S> =
  S extends TObject<infer P>
    ? Flat<
        Omit<Static<S>, FilledKeys<P>> & {
          [K in FilledKeys<P> & keyof Static<S>]-?: Exclude<Static<S>[K], undefined>;
        }
      >
    : S extends TSchema
      ? Static<S>
      : unknown;

/** The TypeBox type provider, but handlers see the validated types (defaults filled in). */
export interface ValidatedTypeProvider extends FastifyTypeProvider {
  validator: Validated<this['schema']>;
  serializer: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
}

/** A route plugin whose handlers get validated, defaulted input. */
export type RoutePlugin<Options extends FastifyPluginOptions> = FastifyPluginAsync<
  Options,
  RawServerDefault,
  ValidatedTypeProvider
>;
