import { t } from '../../i18n/translate';

/** GET api/part/{id}/bom-validate/: whether the part's BOM is the one someone signed off. */
export interface BomValidation {
  pk: number;
  bom_validated: boolean;
  bom_checksum?: string | null;
  bom_checked_by?: number | null;
  bom_checked_by_detail?: { username: string } | null;
  bom_checked_date?: string | null;
}

export interface BomStatus {
  valid: boolean;
  label: string;
  color: string;
  /** Who signed it off and when, or what is missing. */
  detail: string | null;
}

/**
 * How the BOM's validation reads above its lines. A BOM signed off once and changed since is not
 * valid any more (the server compares checksums); the count of unvalidated lines says what to look at.
 */
export function bomStatus(validation: BomValidation, lineCount: number, unvalidatedLines: number): BomStatus {
  if (validation.bom_validated) {
    const by = validation.bom_checked_by_detail?.username;
    const date = validation.bom_checked_date;
    return {
      valid: true,
      label: t('BOM validated'),
      color: 'teal',
      detail:
        by && date
          ? t('Validated by {user} on {date}', { user: by, date })
          : date
            ? t('Validated on {date}', { date })
            : null,
    };
  }
  let detail: string | null = null;
  if (lineCount === 0) detail = t('The BOM has no lines');
  else if (unvalidatedLines > 0)
    detail = t('{count} of {total} lines not validated', { count: unvalidatedLines, total: lineCount });
  else if (validation.bom_checked_date) detail = t('The BOM has changed since it was validated');
  return { valid: false, label: t('BOM not validated'), color: 'orange', detail };
}
