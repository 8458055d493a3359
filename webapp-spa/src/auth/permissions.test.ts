import { describe, expect, it } from 'vitest';
import { Permissions, type UserRoles } from './permissions';

function roles(overrides: Partial<UserRoles>): UserRoles {
  return { user: 7, username: 'u', roles: {}, is_staff: false, is_superuser: false, ...overrides };
}

describe('Permissions', () => {
  it('allows exactly the listed permissions of a role', () => {
    const p = new Permissions(roles({ roles: { part: ['view', 'change'], stock: null } }));
    expect(p.can('part', 'view')).toBe(true);
    expect(p.can('part', 'change')).toBe(true);
    expect(p.can('part', 'add')).toBe(false);
    expect(p.can('part', 'delete')).toBe(false);
    expect(p.can('stock', 'view')).toBe(false);
    expect(p.can('bom', 'view')).toBe(false);
  });

  it('lets a superuser do everything, even with no roles listed', () => {
    const p = new Permissions(roles({ is_superuser: true, roles: { part: null } }));
    expect(p.can('part', 'delete')).toBe(true);
    expect(p.can('admin', 'change')).toBe(true);
    expect(p.staff).toBe(true);
  });

  it('allows nothing when nobody is signed in', () => {
    expect(Permissions.NONE.can('part', 'view')).toBe(false);
    expect(Permissions.NONE.staff).toBe(false);
  });

  it('reports staff from is_staff', () => {
    expect(new Permissions(roles({ is_staff: true })).staff).toBe(true);
    expect(new Permissions(roles({})).staff).toBe(false);
  });
});
