import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costReport } from '../cost/index.js';
import { total } from '../cost/report.js';
import { repositoryRoot } from '../lib/image.js';
import { CONTEXT } from '../lib/options.js';
import { synth } from './support/synth.js';

const guide = readFileSync(join(repositoryRoot(), 'docs/deployment.md'), 'utf8');

describe('docs/deployment.md', () => {
  it('lists every option with its default', () => {
    for (const [key, option] of Object.entries(CONTEXT)) {
      const row = new RegExp(
        `^\\| \`${key}\` +\\| ${option.default === undefined ? '\\(none\\)' : `\`${option.default.replace(/\*/g, '\\*')}\``} +\\|`,
        'm',
      );
      expect(guide, key).toMatch(row);
    }
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
