import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOOTSTRAP_ELEMENT_ID, DEFAULT_BOOTSTRAP, readBootstrap } from './bootstrap';

function setBootstrap(text: string | null): void {
  document.getElementById(BOOTSTRAP_ELEMENT_ID)?.remove();
  if (text === null) return;
  const script = document.createElement('script');
  script.id = BOOTSTRAP_ELEMENT_ID;
  script.type = 'application/json';
  script.textContent = text;
  document.body.appendChild(script);
}

describe('readBootstrap', () => {
  afterEach(() => setBootstrap(null));

  it('parses the JSON emitted by the shell page', () => {
    setBootstrap('{"baseUrl":"/","apiVersion":534,"serverName":"Stocktree","version":"0.1.0"}');
    expect(readBootstrap()).toEqual({
      baseUrl: '/',
      basename: '/',
      apiVersion: 534,
      serverName: 'Stocktree',
      version: '0.1.0',
    });
  });

  it('normalises a context-path baseUrl and uses it as router basename', () => {
    setBootstrap('{"baseUrl":"/stocktree","serverName":"Warehouse"}');
    const config = readBootstrap();
    expect(config.baseUrl).toBe('/stocktree/');
    expect(config.basename).toBe('/stocktree/');
    expect(config.serverName).toBe('Warehouse');
    expect(config.apiVersion).toBeNull();
    expect(config.version).toBeNull();
  });

  it('falls back to defaults when the element is absent', () => {
    setBootstrap(null);
    expect(readBootstrap()).toEqual(DEFAULT_BOOTSTRAP);
  });

  it('falls back to defaults when the JSON is malformed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    setBootstrap('{"baseUrl": "/x/",');
    expect(readBootstrap()).toEqual(DEFAULT_BOOTSTRAP);
    expect(warn).toHaveBeenCalled();
  });

  it('ignores fields of the wrong type', () => {
    setBootstrap('{"baseUrl":42,"apiVersion":"534","serverName":""}');
    expect(readBootstrap()).toEqual(DEFAULT_BOOTSTRAP);
  });

  it('falls back to defaults when the JSON is not an object', () => {
    setBootstrap('[1,2,3]');
    expect(readBootstrap()).toEqual(DEFAULT_BOOTSTRAP);
  });
});
