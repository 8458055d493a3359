import { describe, expect, it } from 'vitest';
import { Permissions, type PermissionName } from '../../auth/permissions';
import { partPanels, partRights } from './partPanels';

function permissions(roles: Record<string, PermissionName[]>, superuser = false): Permissions {
  return new Permissions({ user: 1, username: 'u', roles, is_staff: false, is_superuser: superuser });
}

const plain = { is_template: false, assembly: false, component: false, testable: false, revision_count: 0 };
const ALL: PermissionName[] = ['view', 'add', 'change', 'delete'];

describe('partPanels', () => {
  it('shows a plain part its details, parameters, pricing, related parts, attachments and notes', () => {
    expect(partPanels(plain, permissions({ part: ['view'] }))).toEqual([
      'details', 'parameters', 'pricing', 'related', 'attachments', 'notes',
    ]);
  });

  it('shows the BOM of an assembly, where a component is used and the tests of a testable part, in that order', () => {
    const part = { ...plain, assembly: true, component: true, testable: true, is_template: true, revision_count: 2 };
    expect(partPanels(part, permissions({ part: ['view'], bom: ['view'], stock: ['view'] }))).toEqual([
      'details', 'parameters', 'stock', 'variants', 'revisions', 'bom', 'used_in', 'pricing', 'test_templates',
      'related', 'attachments', 'notes',
    ]);
  });

  it('hides the BOM and where-used tabs from users who may not read BOMs, unless builds let them', () => {
    const part = { ...plain, assembly: true, component: true };
    expect(partPanels(part, permissions({ part: ['view'] }))).not.toContain('bom');
    expect(partPanels(part, permissions({ part: ['view'] }))).not.toContain('used_in');
    expect(partPanels(part, permissions({ part: ['view'], build: ['view'] }))).toEqual(
      expect.arrayContaining(['bom', 'used_in']),
    );
  });

  it('shows no BOM for a part that is not an assembly, and no tests for a trackable but untestable one', () => {
    const shown = partPanels({ ...plain, component: true }, permissions({}, true));
    expect(shown).not.toContain('bom');
    expect(shown).not.toContain('test_templates');
  });
});

describe('partRights', () => {
  it('gives a viewer no actions', () => {
    const rights = partRights({ locked: false }, permissions({ part: ['view'], bom: ['view'] }));
    for (const tab of [rights.parameters, rights.tests, rights.related, rights.prices, rights.bom]) {
      expect(tab).toMatchObject({ add: false, change: false, delete: false });
    }
    expect(rights.bom.validateLine).toBe(false);
    expect(rights.bom.validateBom).toBe(false);
  });

  it('takes BOM lines from the bom role and the whole-BOM sign-off from the part role', () => {
    const bomOnly = partRights({ locked: false }, permissions({ part: ['view'], bom: ALL }));
    expect(bomOnly.bom).toEqual({ add: true, change: true, delete: true, validateLine: true, validateBom: false });
    expect(bomOnly.parameters.add).toBe(false);
    const partOnly = partRights({ locked: false }, permissions({ part: ALL, bom: ['view'] }));
    expect(partOnly.bom).toEqual({ add: false, change: false, delete: false, validateLine: false, validateBom: true });
    expect(partOnly.parameters).toEqual({ add: true, change: true, delete: true });
  });

  it('keeps the parameters and BOM lines of a locked part but still lets its BOM be signed off', () => {
    const rights = partRights({ locked: true }, permissions({}, true));
    expect(rights.parameters).toEqual({ add: false, change: false, delete: false });
    expect(rights.bom).toEqual({ add: false, change: false, delete: false, validateLine: true, validateBom: true });
    expect(rights.tests.add).toBe(true);
  });
});
