/** A test template as the summary needs it. */
export interface RequiredTemplate {
  pk: number;
}

/** A test result as the summary needs it: its template, outcome and when it was recorded. */
export interface RecordedResult {
  pk: number;
  template: number | null;
  result: boolean;
  date: string | null;
}

export interface RequiredTestStatus {
  total: number;
  passed: number;
  failed: number;
}

/**
 * Where an item stands on its part's required tests, as InvenTree counts it: for each required
 * template only the latest result counts (a failed test passed on a later try is passed), and a
 * template without a result is neither passed nor failed.
 */
export function requiredTestStatus(templates: RequiredTemplate[], results: RecordedResult[]): RequiredTestStatus {
  const latest = new Map<number, RecordedResult>();
  for (const result of results) {
    if (result.template === null) continue;
    const seen = latest.get(result.template);
    if (!seen || later(result, seen)) latest.set(result.template, result);
  }
  let passed = 0;
  let failed = 0;
  for (const template of templates) {
    const result = latest.get(template.pk);
    if (result?.result === true) passed += 1;
    else if (result?.result === false) failed += 1;
  }
  return { total: templates.length, passed, failed };
}

/** Whether every required test has passed (true when the part requires none). */
export function passedAllRequiredTests(status: RequiredTestStatus): boolean {
  return status.passed >= status.total;
}

function later(a: RecordedResult, b: RecordedResult): boolean {
  const byDate = (a.date ?? '').localeCompare(b.date ?? '');
  return byDate !== 0 ? byDate > 0 : a.pk > b.pk;
}
