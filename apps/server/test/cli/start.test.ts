import { describe, expect, it } from 'vitest';
import { loopbackUrl } from '../../src/cli/commands/start.js';

describe('cais start', () => {
  it('has the web server reach the api on loopback when HOST listens everywhere', () => {
    expect(loopbackUrl('0.0.0.0', 8000)).toBe('http://127.0.0.1:8000');
    expect(loopbackUrl('::', 8000)).toBe('http://[::1]:8000');
    expect(loopbackUrl('127.0.0.1', 18000)).toBe('http://127.0.0.1:18000');
    expect(loopbackUrl('192.168.1.5', 8000)).toBe('http://192.168.1.5:8000');
    expect(loopbackUrl('fe80::1', 8000)).toBe('http://[fe80::1]:8000');
    expect(loopbackUrl('localhost', 8000)).toBe('http://localhost:8000');
  });
});
