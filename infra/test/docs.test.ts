import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costReport } from '../cost/index.js';
import { total } from '../cost/report.js';
import { repositoryRoot } from '../lib/image.js';
import { optionsDoc } from '../scripts/options-docs.js';
import { synth } from './support/synth.js';

const guide = readFileSync(join(repositoryRoot(), 'docs/deployment.md'), 'utf8');

describe('docs/deployment.md', () => {
  it('shows the options table generated from CONTEXT (npm run docs:config)', async () => {
    const { path, current, expected } = await optionsDoc();
    expect(current, `${path} is stale: run npm run docs:config`).toBe(expected);
  });

  it('names every output the stacks print', () => {
    for (const context of [{}, { etl: 'fargate' }] as Record<string, string>[]) {
      for (const template of Object.values(synth(context).templates)) {
        for (const output of Object.keys(
          (template.toJSON() as { Outputs?: object }).Outputs ?? {},
        )) {
          if (output.startsWith('PublishOutput') || output.startsWith('ExportsOutput')) continue;
          expect(guide, output).toContain(`\`${output}\``);
        }
      }
    }
  });

  it('shows the cost tables that cais cost prints today', () => {
    const sections: [string, string[]][] = [
      ["### The original's topology", ['topology=pipeline']],
      ['### The cheaper pipeline', ['topology=pipeline', 'etl=fargate']],
      ['### Both topologies, default options', []],
    ];
    for (const [heading, context] of sections) {
      const section = guide.slice(guide.indexOf(heading));
      const shown = /\*\*Total\*\*[ |]+\*\*(\d+\.\d\d)\*\*/.exec(section)?.[1];
      const expected = total(costReport({ region: 'eu-west-3', context }).lines).toFixed(2);
      expect(shown, `${heading}: regenerate with npx cais cost --markdown`).toBe(expected);
    }
  });
});
