/**
 * Configuration handed over by the server-rendered shell page in
 * <script id="stocktree-bootstrap" type="application/json">.
 */
export interface BootstrapConfig {
  /** Prefix for API and media URLs; always ends with "/". */
  baseUrl: string;
  /** Base path for client-side routes; always ends with "/". Defaults to baseUrl. */
  basename: string;
  apiVersion: number | null;
  serverName: string;
  version: string | null;
}

export const BOOTSTRAP_ELEMENT_ID = 'stocktree-bootstrap';

export const DEFAULT_BOOTSTRAP: Readonly<BootstrapConfig> = Object.freeze({
  baseUrl: '/',
  basename: '/',
  apiVersion: null,
  serverName: 'Stocktree',
  version: null,
});

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Normalises an arbitrary parsed JSON value into a complete BootstrapConfig. */
export function parseBootstrap(raw: unknown): BootstrapConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ...DEFAULT_BOOTSTRAP };
  }
  const data = raw as Record<string, unknown>;
  const baseUrl = withTrailingSlash(nonEmptyString(data.baseUrl) ?? DEFAULT_BOOTSTRAP.baseUrl);
  const basename = withTrailingSlash(nonEmptyString(data.basename) ?? baseUrl);
  const apiVersion =
    typeof data.apiVersion === 'number' && Number.isFinite(data.apiVersion) ? data.apiVersion : null;
  return {
    baseUrl,
    basename,
    apiVersion,
    serverName: nonEmptyString(data.serverName) ?? DEFAULT_BOOTSTRAP.serverName,
    version: nonEmptyString(data.version) ?? null,
  };
}

/** Reads the bootstrap JSON from the page; falls back to defaults if absent or malformed. */
export function readBootstrap(doc: Document = document): BootstrapConfig {
  const text = doc.getElementById(BOOTSTRAP_ELEMENT_ID)?.textContent;
  if (!text || text.trim() === '') {
    return { ...DEFAULT_BOOTSTRAP };
  }
  try {
    return parseBootstrap(JSON.parse(text));
  } catch {
    console.warn(`Ignoring malformed #${BOOTSTRAP_ELEMENT_ID} JSON`);
    return { ...DEFAULT_BOOTSTRAP };
  }
}
