// The digit counts and licence the credits page states, against the shipped files' manifest and NOTICE.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIGITS_LICENCE, SHIPPED_DIGIT_COUNTS } from '../../src/site/shippedDigits.ts';

const dataDir = join(process.cwd(), 'public', 'data');

describe('shippedDigits', () => {
  it('SHIPPED_DIGIT_COUNTS equals the counts in public/data/digits.json', () => {
    const manifest = JSON.parse(readFileSync(join(dataDir, 'digits.json'), 'utf8')) as { files: Record<'train' | 'test', { count: number }> };
    expect(SHIPPED_DIGIT_COUNTS).toEqual({ train: manifest.files.train.count, test: manifest.files.test.count });
  });

  it('DIGITS_LICENCE is the one public/data/NOTICE names, with its link', () => {
    const notice = readFileSync(join(dataDir, 'NOTICE'), 'utf8');
    expect(notice).toContain(`(${DIGITS_LICENCE.name}, ${DIGITS_LICENCE.url})`);
  });
});
