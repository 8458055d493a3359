/** The roles InvenTree groups its permissions by (the keys of GET api/user/me/roles/). */
export type RoleName =
  | 'admin'
  | 'part_category'
  | 'part'
  | 'bom'
  | 'stock_location'
  | 'stock'
  | 'build'
  | 'purchase_order'
  | 'sales_order'
  | 'return_order';

export type PermissionName = 'view' | 'add' | 'change' | 'delete';

/** The answer of GET api/user/me/roles/. */
export interface UserRoles {
  user: number;
  username: string;
  roles: Partial<Record<string, PermissionName[] | null>>;
  is_staff: boolean;
  is_superuser: boolean;
}

/**
 * What the signed-in user may do. The interface uses it only to hide or disable actions: the API
 * stays the authority and answers 403 whatever the interface shows.
 */
export class Permissions {
  static readonly NONE = new Permissions(null);

  private readonly data: UserRoles | null;

  constructor(data: UserRoles | null) {
    this.data = data;
  }

  get staff(): boolean {
    return this.data?.is_staff === true || this.superuser;
  }

  get superuser(): boolean {
    return this.data?.is_superuser === true;
  }

  /** Superusers may do everything; anyone else needs the permission within the role. */
  can(role: RoleName, permission: PermissionName): boolean {
    if (!this.data) return false;
    if (this.superuser) return true;
    return this.data.roles[role]?.includes(permission) ?? false;
  }

  canView(role: RoleName): boolean {
    return this.can(role, 'view');
  }
}
