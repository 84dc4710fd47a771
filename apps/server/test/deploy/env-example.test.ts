import { describe, expect, it } from 'vitest';
import { ENV } from '../../src/config/env.js';
import { dotenv, readRepoFile, referencedVariables } from './container-files.js';

const envExample = readRepoFile('.env.example');

describe('.env.example', () => {
  const documented = dotenv(envExample, { commented: true });

  it('documents every variable cais reads', () => {
    const missing = Object.keys(ENV).filter((name) => !documented.has(name));
    expect(missing, 'add these to .env.example').toEqual([]);
  });

  it('defines every variable compose.yaml interpolates', () => {
    const defined = dotenv(envExample);
    const missing = referencedVariables(readRepoFile('compose.yaml')).filter(
      (v) => !defined.has(v),
    );
    expect(missing, 'add these to .env.example').toEqual([]);
  });

  it('leaves every secret empty', () => {
    for (const [name, value] of dotenv(envExample)) {
      if (/PASSWORD|SECRET|TOKEN|API_KEY/.test(name)) expect(value, name).toBe('');
    }
  });

  it('holds values that cais accepts', () => {
    for (const [name, value] of dotenv(envExample)) {
      const variable = (ENV as Record<string, { parse: (raw: string) => unknown } | undefined>)[
        name
      ];
      if (variable && value !== '') expect(() => variable.parse(value), name).not.toThrow();
    }
  });
});
