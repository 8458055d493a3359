/** API paths, relative to the bootstrap baseUrl (no leading slash). */
export const ApiEndpoints = {
  info: 'api/',
} as const;

export type ApiEndpoint = (typeof ApiEndpoints)[keyof typeof ApiEndpoints];
