import { describe, expect, it } from 'vitest';
import { configDocs } from '../../scripts/config-docs.js';
import { ENV } from '../../src/config/env.js';
import { CONFIG_LAYOUT } from '../../src/config/layout.js';
import { layoutPaths } from '@cais/input-kit';

describe('configuration docs', () => {
  it('are generated from the variables: README table and .env.example are current', async () => {
    for (const { path, current, expected } of await configDocs()) {
      expect(current, `${path} is stale: run npm run docs:config`).toBe(expected);
    }
  });

  it('place every variable in the configuration object once', () => {
    const placed = layoutPaths(CONFIG_LAYOUT).map(([name]) => name);
    expect([...placed].sort()).toEqual(Object.keys(ENV).sort());
  });
});
