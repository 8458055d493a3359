import { describe, expect, it } from 'vitest';
import { passedAllRequiredTests, requiredTestStatus } from './requiredTests';

const result = (pk: number, template: number | null, passed: boolean, date: string) => ({
  pk,
  template,
  result: passed,
  date,
});

describe('requiredTestStatus', () => {
  it('counts the latest result of each required template only', () => {
    const status = requiredTestStatus(
      [{ pk: 1 }, { pk: 2 }, { pk: 3 }],
      [
        result(10, 1, false, '2026-01-01T10:00:00Z'),
        result(11, 1, true, '2026-01-02T10:00:00Z'), // passed on the second try
        result(12, 2, true, '2026-01-01T10:00:00Z'),
        result(13, 2, false, '2026-01-03T10:00:00Z'), // failed since
        result(14, 9, true, '2026-01-01T10:00:00Z'), // a template that is not required
      ],
    );
    expect(status).toEqual({ total: 3, passed: 1, failed: 1 });
    expect(passedAllRequiredTests(status)).toBe(false);
  });

  it('breaks ties of the same time by the later result', () => {
    const status = requiredTestStatus(
      [{ pk: 1 }],
      [result(21, 1, true, '2026-01-01T10:00:00Z'), result(20, 1, false, '2026-01-01T10:00:00Z')],
    );
    expect(status).toEqual({ total: 1, passed: 1, failed: 0 });
    expect(passedAllRequiredTests(status)).toBe(true);
  });

  it('passes an item whose part requires no tests', () => {
    expect(passedAllRequiredTests(requiredTestStatus([], [result(1, 4, false, '2026-01-01')]))).toBe(true);
  });
});
