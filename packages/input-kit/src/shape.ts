/**
 * A typed object laid out from flat inputs: `{ http: { port: 'API_PORT' } }` over the values of
 * the variables gives `{ http: { port: 8000 } }`, its type derived from the inputs' schemas.
 */
export interface Layout {
  readonly [key: string]: string | Layout;
}

export type Shaped<L extends Layout, V> = {
  -readonly [K in keyof L]: L[K] extends keyof V
    ? V[L[K]]
    : L[K] extends Layout
      ? Shaped<L[K], V>
      : never;
};

export function shape<L extends Layout, V extends Record<string, unknown>>(
  layout: L,
  values: V,
): Shaped<L, V> {
  const out: Record<string, unknown> = {};
  for (const [key, leaf] of Object.entries(layout)) {
    out[key] = typeof leaf === 'string' ? values[leaf] : shape(leaf, values);
  }
  return out as Shaped<L, V>;
}

/** Every key of a layout with its path in the shaped object (`['http', 'port']`). */
export function layoutPaths(layout: Layout, prefix: string[] = []): [string, string[]][] {
  return Object.entries(layout).flatMap(([key, leaf]) =>
    typeof leaf === 'string'
      ? [[leaf, [...prefix, key]] as [string, string[]]]
      : layoutPaths(leaf, [...prefix, key]),
  );
}
