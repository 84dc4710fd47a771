import { createRequire } from 'node:module';

/**
 * The Prometheus text format read by an independent parser (parse-prometheus-text-format, a port
 * of the official Python client's parser), not by prom-client: what a real scraper would see.
 * That parser folds a histogram's samples into one and drops its labels, so each histogram is
 * also read a second time as untyped: then every `_bucket`, `_sum` and `_count` line is a sample
 * of its own, with its labels (the typed reading still checks the family's TYPE and HELP).
 */

interface Sample {
  value?: string;
  labels?: Record<string, string>;
}

export interface Family {
  name: string;
  help: string;
  type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
  metrics: Sample[];
}

const parse = createRequire(import.meta.url)('parse-prometheus-text-format') as (
  text: string,
) => Family[];

export interface Exposition {
  /** Every family, as typed in the exposition (histograms folded by the parser). */
  families: Map<string, Family>;
  /** The samples of `name` (`x_bucket`, `x_count`… for a histogram) whose labels include `labels`. */
  samples(name: string, labels?: Record<string, string>): Sample[];
  /** The value of the one sample of `name` with `labels`; throws if there is not exactly one. */
  value(name: string, labels?: Record<string, string>): number;
}

export function parseExposition(text: string): Exposition {
  const families = new Map(parse(text).map((family) => [family.name, family]));
  const untyped = text.replace(/^# TYPE (\S+) histogram$/gm, '# TYPE $1 untyped');
  // Untyped, a histogram's lines alternate between names: one family per run of a name.
  const lines = new Map<string, Sample[]>();
  for (const family of parse(untyped)) {
    lines.set(family.name, [...(lines.get(family.name) ?? []), ...family.metrics]);
  }
  const samples = (name: string, labels: Record<string, string> = {}) =>
    (lines.get(name) ?? []).filter((sample) =>
      Object.entries(labels).every(([key, wanted]) => sample.labels?.[key] === wanted),
    );
  return {
    families,
    samples,
    value: (name, labels = {}) => {
      const found = samples(name, labels);
      if (found.length !== 1) {
        throw new Error(`${found.length} samples of ${name} ${JSON.stringify(labels)}`);
      }
      return Number(found[0]?.value);
    },
  };
}
