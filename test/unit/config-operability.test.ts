import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('CORS_ORIGINS and METRICS_TOKEN', () => {
  it('defaults to every origin and an open /metrics', () => {
    const config = loadConfig({});
    expect(config.corsOrigins).toBe('*');
    expect(config.metricsToken).toBeUndefined();
  });

  it('reads a comma-separated list of exact origins', () => {
    expect(loadConfig({ CORS_ORIGINS: ' https://app.example.com , http://localhost:3000' }).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:3000',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it.each(['app.example.com', 'https://app.example.com/', 'https://app.example.com/path', 'ftp://files.example.com', '*.example.com'])(
    'refuses %s as an origin, naming the variable',
    (origin) => {
      expect(() => loadConfig({ CORS_ORIGINS: origin })).toThrow(ConfigError);
      expect(() => loadConfig({ CORS_ORIGINS: origin })).toThrow(/CORS_ORIGINS/);
    },
  );

  it('takes a metrics token of at least 16 characters without spaces', () => {
    expect(loadConfig({ METRICS_TOKEN: 'a'.repeat(16) }).metricsToken).toBe('a'.repeat(16));
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_TOKEN: 'has a space in the token' })).toThrow(/METRICS_TOKEN/);
  });
});
