/** API paths, relative to the bootstrap baseUrl (no leading slash). */
export const ApiEndpoints = {
  info: 'api/',
  authConfig: 'api/auth/v1/config',
  login: 'api/auth/v1/auth/login',
  session: 'api/auth/v1/auth/session',
  me: 'api/user/me/',
  myRoles: 'api/user/me/roles/',
  myProfile: 'api/user/me/profile/',
  users: 'api/user/',
  groups: 'api/user/group/',
  ruleSets: 'api/user/ruleset/',
  tokens: 'api/user/tokens/',
  globalSettings: 'api/settings/global/',
  userSettings: 'api/settings/user/',
  projectCodes: 'api/project-code/',
  customUnits: 'api/units/',
  parts: 'api/part/',
  categories: 'api/part/category/',
  categoryTree: 'api/part/category/tree/',
  attachments: 'api/attachment/',
  stock: 'api/stock/',
  stockLocations: 'api/stock/location/',
  stockLocationTree: 'api/stock/location/tree/',
  stockTracking: 'api/stock/track/',
  stockTests: 'api/stock/test/',
  partTestTemplates: 'api/part/test-template/',
  partParameters: 'api/parameter/',
  bom: 'api/bom/',
  bomSubstitutes: 'api/bom/substitute/',
  relatedParts: 'api/part/related/',
  salePrices: 'api/part/sale-price/',
  internalPrices: 'api/part/internal-price/',
  stockStatus: 'api/stock/status/',
  stockCount: 'api/stock/count/',
  stockAdd: 'api/stock/add/',
  stockRemove: 'api/stock/remove/',
  stockTransfer: 'api/stock/transfer/',
  stockChangeStatus: 'api/stock/change_status/',
  stockMerge: 'api/stock/merge/',
  stockAssign: 'api/stock/assign/',
  stockReturn: 'api/stock/return/',
  companies: 'api/company/',
  barcode: 'api/barcode/',
} as const;

/** The detail path of one object under a list endpoint ("api/part/" + 3 -> "api/part/3/"). */
export function detailPath(list: string, id: number | string): string {
  return `${list}${encodeURIComponent(String(id))}/`;
}

/** A paged list answer in Django REST Framework's envelope. */
export interface PagedResults<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}
