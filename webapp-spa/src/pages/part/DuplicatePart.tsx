import { Checkbox, Fieldset, Stack } from '@mantine/core';
import { useState } from 'react';
import { ApiEndpoints } from '../../api/endpoints';
import { ApiFormModal } from '../../components/forms/ApiForm';
import { t } from '../../i18n/translate';
import type { Part } from './types';

/** The part fields a duplicate starts from (not its identity, stock or history). */
export const DUPLICATED_FIELDS = [
  'category', 'name', 'IPN', 'revision', 'description', 'keywords', 'units', 'link', 'variant_of',
  'is_template', 'assembly', 'component', 'trackable', 'testable', 'purchaseable', 'salable', 'virtual',
  'active', 'minimum_stock',
] as const;

export type CopyOption = 'copy_image' | 'copy_bom' | 'copy_parameters' | 'copy_tests' | 'copy_notes';

/**
 * What a duplicate may copy from the original (the `duplicate` field of a part's creation), with
 * the server's defaults. A BOM is offered only from an assembly, test templates only from a testable
 * part and the image only when there is one: the server would skip them anyway.
 */
export function copyOptions(original: Pick<Part, 'assembly' | 'testable' | 'image'>): { name: CopyOption; label: string; checked: boolean }[] {
  const options: { name: CopyOption; label: string; checked: boolean; applies: boolean }[] = [
    { name: 'copy_image', label: t('Copy image'), checked: false, applies: !!original.image },
    { name: 'copy_bom', label: t('Copy bill of materials'), checked: false, applies: original.assembly },
    { name: 'copy_parameters', label: t('Copy parameters'), checked: true, applies: true },
    { name: 'copy_tests', label: t('Copy test templates'), checked: false, applies: original.testable },
    { name: 'copy_notes', label: t('Copy notes'), checked: true, applies: true },
  ];
  return options.filter((option) => option.applies).map(({ name, label, checked }) => ({ name, label, checked }));
}

/** A new part made from this one: its fields to edit first, and what else to copy. */
export function DuplicatePartDialog({
  part,
  opened,
  onClose,
  onCreated,
}: {
  part: Part;
  opened: boolean;
  onClose: () => void;
  onCreated: (created: Part) => void;
}) {
  const options = copyOptions(part);
  const [copy, setCopy] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(options.map((option) => [option.name, option.checked])),
  );
  const initial = Object.fromEntries(
    DUPLICATED_FIELDS.map((field) => [field, (part as unknown as Record<string, unknown>)[field]]),
  );
  return (
    <ApiFormModal
      opened={opened}
      title={t('Duplicate part')}
      onClose={onClose}
      metadataPath={ApiEndpoints.parts}
      submitPath={ApiEndpoints.parts}
      method="POST"
      initial={initial}
      only={[...DUPLICATED_FIELDS]}
      extraBody={{ duplicate: { original: part.pk, ...copy } }}
      onSuccess={(created) => onCreated(created as Part)}
    >
      <Fieldset legend={t('Copy from the original')}>
        <Stack gap="xs">
          {options.map((option) => (
            <Checkbox
              key={option.name}
              label={option.label}
              checked={copy[option.name] ?? false}
              onChange={(e) => setCopy({ ...copy, [option.name]: e.currentTarget.checked })}
            />
          ))}
        </Stack>
      </Fieldset>
    </ApiFormModal>
  );
}
