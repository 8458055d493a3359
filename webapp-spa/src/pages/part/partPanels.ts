import type { Permissions } from '../../auth/permissions';
import type { Part } from './types';

/** The tabs of the part page, in InvenTree's order. */
export type PartPanel =
  | 'details'
  | 'parameters'
  | 'stock'
  | 'variants'
  | 'revisions'
  | 'bom'
  | 'used_in'
  | 'pricing'
  | 'test_templates'
  | 'related'
  | 'attachments'
  | 'notes';

type PanelPart = Pick<Part, 'is_template' | 'assembly' | 'component' | 'testable' | 'revision_count'>;

/** BOM lines are readable with the bom role, and with the build role (builds read their BOMs). */
function canViewBom(permissions: Permissions): boolean {
  return permissions.canView('bom') || permissions.canView('build');
}

/**
 * The tabs that apply to the part and that the user may read, as InvenTree shows them: a BOM for
 * assemblies, where-used for components, test templates for testable parts, variants for templates.
 */
export function partPanels(part: PanelPart, permissions: Permissions): PartPanel[] {
  const shown: [PartPanel, boolean][] = [
    ['details', true],
    ['parameters', true],
    ['stock', permissions.canView('stock')],
    ['variants', part.is_template],
    ['revisions', (part.revision_count ?? 0) > 0],
    ['bom', part.assembly && canViewBom(permissions)],
    ['used_in', part.component && canViewBom(permissions)],
    ['pricing', true],
    ['test_templates', part.testable],
    ['related', true],
    ['attachments', true],
    ['notes', true],
  ];
  return shown.filter(([, show]) => show).map(([panel]) => panel);
}

export interface RecordRights {
  add: boolean;
  change: boolean;
  delete: boolean;
}

export interface PartRights {
  parameters: RecordRights;
  /** validateLine signs off one line, validateBom the whole BOM. */
  bom: RecordRights & { validateLine: boolean; validateBom: boolean };
  tests: RecordRights;
  related: RecordRights;
  prices: RecordRights;
}

const NONE: RecordRights = { add: false, change: false, delete: false };

/**
 * What the user may change in each tab. A locked part keeps its parameters and BOM as they are (the
 * server refuses the change too), though signing the BOM off is no change to it and stays allowed.
 * The server asks for the part role's change permission to add a parameter and to validate the whole
 * BOM, and for the bom role for lines, their substitutes and their sign-off.
 */
export function partRights(part: Pick<Part, 'locked'>, permissions: Permissions): PartRights {
  const partRole = (p: 'add' | 'change' | 'delete') => permissions.can('part', p);
  const bomRole = (p: 'add' | 'change' | 'delete') => permissions.can('bom', p);
  const unlocked = !part.locked;
  return {
    parameters: unlocked
      ? { add: partRole('change'), change: partRole('change'), delete: partRole('delete') }
      : NONE,
    bom: {
      ...(unlocked ? { add: bomRole('add'), change: bomRole('change'), delete: bomRole('delete') } : NONE),
      validateLine: bomRole('change'),
      validateBom: partRole('change'),
    },
    tests: { add: partRole('add'), change: partRole('change'), delete: partRole('delete') },
    related: { add: partRole('add'), change: partRole('change'), delete: partRole('delete') },
    prices: { add: partRole('add'), change: partRole('change'), delete: partRole('delete') },
  };
}
