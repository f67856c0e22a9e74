// Tests for reading and checking exercise answers (src/site/lesson/exerciseAnswers.ts).
import { describe, expect, it } from 'vitest';
import { checkChoice, checkNumber, checkSequence, isAttempt, parseAnswerNumber, splitSequence, type CheckResult } from '../../../src/site/lesson/exerciseAnswers.ts';

describe('parseAnswerNumber', () => {
  it.each([
    ['6', 6],
    [' -0.5 ', -0.5],
    ['+2', 2],
    ['.25', 0.25],
    ['1e3', 1000],
    ['3/4', 0.75],
    ['6 / 36', 1 / 6],
    ['６', 6],
    ['−1.5', -1.5],
    ['１．５', 1.5],
    ['9,000', 9000],
    ['9，000', 9000],
    ['-1,234,567.5', -1234567.5],
    ['−12,000', -12000],
    ['+1,000', 1000],
    ['1,000/4', 250],
  ])('parseAnswerNumber %j -> %d', (text, value) => {
    expect(parseAnswerNumber(text)).toBeCloseTo(value, 12);
  });

  it.each(['', 'six', '1,5', '1..2', '3/0', '0/0', '--1', '1 2', 'Infinity', 'NaN', '0x10', '1e400', '-1e400', '1e400/1e400', '1/1e400', '1/2/3', '90,00', '9,0000', '1234,567', ',000', '1,000,', '9, 000', '1,000e3', '1,000.'])('parseAnswerNumber %j -> undefined', (text) => {
    expect(parseAnswerNumber(text)).toBeUndefined();
  });
});

describe('splitSequence', () => {
  it.each([
    ['1, 2, 3', ['1', '2', '3']],
    ['1 2   3', ['1', '2', '3']],
    ['1，2，3', ['1', '2', '3']],
    ['1、2、3', ['1', '2', '3']],
    ['[1; 2; 3]', ['1', '2', '3']],
    ['（1, 2）', ['1', '2']],
    ['  ', []],
    ['3,1,,-1', ['3', '1', '', '-1']],
    ['1 , , 2', ['1', '', '2']],
    ['1、、2', ['1', '', '2']],
    [',1', ['', '1']],
    ['1,2,', ['1', '2', '']],
    ['[1,,2]', ['1', '', '2']],
  ])('splitSequence %j -> %j', (text, items) => {
    expect(splitSequence(text)).toEqual(items);
  });
});

describe('checkNumber', () => {
  it.each([
    ['7', 7, 0, 'correct'],
    ['8', 7, 0, 'wrong'],
    ['0.1667', 1 / 6, 0.001, 'correct'],
    ['0.17', 1 / 6, 0.001, 'wrong'],
    ['1/6', 0.1667, 0.001, 'correct'],
    ['0.3', 0.1 + 0.2, 0, 'correct'],
    ['', 7, 0, 'empty'],
    ['seven', 7, 0, 'notANumber'],
    ['1e400', 7, 0, 'notANumber'],
    ['７', 7, 0, 'correct'],
    ['−7', -7, 0, 'correct'],
    ['9,000', 9000, 0, 'correct'],
    ['9，000', 9000, 0, 'correct'],
    ['90,00', 9000, 0, 'notANumber'],
  ] as const)('checkNumber %j against %d ± %d -> %s', (text, answer, tolerance, kind) => {
    expect(checkNumber(text, answer, tolerance).kind).toBe(kind);
  });
});

describe('checkSequence', () => {
  const answer = [1, 3, 3, 1];

  it.each(['1,3,3,1', '1 3 3 1', '1，3，3，1', '1、3、3、1', '[1, 3, 3, 1]', '１，３，３，１'])('checkSequence %j -> correct', (text) => {
    expect(checkSequence(text, answer)).toEqual({ kind: 'correct' });
  });

  it('checkSequence "1,3,3" -> wrongLength expected 4 given 3', () => {
    expect(checkSequence('1,3,3', answer)).toEqual({ kind: 'wrongLength', expected: 4, given: 3 });
  });

  it('checkSequence "1,2,3,2" -> wrongItems at positions 2 and 4', () => {
    expect(checkSequence('1,2,3,2', answer)).toEqual({ kind: 'wrongItems', positions: [2, 4] });
  });

  it('checkSequence "1,x,3,1" -> notANumberInList x (before any length check)', () => {
    expect(checkSequence('1,x,3', answer)).toEqual({ kind: 'notANumberInList', item: 'x' });
  });

  it('checkSequence "1.05,3,3,1" with tolerance 0.1 -> correct; with 0 -> wrong item 1', () => {
    expect(checkSequence('1.05,3,3,1', answer, 0.1).kind).toBe('correct');
    expect(checkSequence('1.05,3,3,1', answer, 0)).toEqual({ kind: 'wrongItems', positions: [1] });
  });

  it('checkSequence " , " and "" -> empty', () => {
    expect(checkSequence(' , ', answer).kind).toBe('empty');
    expect(checkSequence('', answer).kind).toBe('empty');
  });

  it('checkSequence "3,1,,-1,-1,-2" against [3,1,-1,-1,-2] -> emptyItem at position 3 (not correct)', () => {
    expect(checkSequence('3,1,,-1,-1,-2', [3, 1, -1, -1, -2])).toEqual({ kind: 'emptyItem', position: 3 });
  });

  it.each([
    ['1,3,3,1,', 5],
    [',1,3,3,1', 1],
    ['1；3；；3；1', 3],
  ])('checkSequence %j -> emptyItem at position %d', (text, position) => {
    expect(checkSequence(text, answer)).toEqual({ kind: 'emptyItem', position });
  });

  it('checkSequence "1,1e400,3,1" -> notANumberInList 1e400 (not finite)', () => {
    expect(checkSequence('1,1e400,3,1', answer)).toEqual({ kind: 'notANumberInList', item: '1e400' });
  });
});

describe('isAttempt', () => {
  it.each([
    [{ kind: 'correct' }, true],
    [{ kind: 'wrong' }, true],
    [{ kind: 'wrongLength', expected: 4, given: 3 }, true],
    [{ kind: 'wrongItems', positions: [2] }, true],
    [{ kind: 'empty' }, false],
    [{ kind: 'noChoice' }, false],
    [{ kind: 'notANumber', text: 'abc' }, false],
    [{ kind: 'notANumberInList', item: 'x' }, false],
    [{ kind: 'emptyItem', position: 3 }, false],
  ] as [CheckResult, boolean][])('isAttempt %j -> %s', (result, attempt) => {
    expect(isAttempt(result)).toBe(attempt);
  });
});

describe('checkSequence keeps the comma as a separator', () => {
  it('checkSequence "1,000" against [1, 0] -> correct (two items, not one thousand)', () => {
    expect(checkSequence('1,000', [1, 0]).kind).toBe('correct');
  });
});

describe('checkChoice', () => {
  it.each([
    [undefined, 'noChoice'],
    [0, 'wrong'],
    [1, 'correct'],
  ] as const)('checkChoice %s against 1 -> %s', (chosen, kind) => {
    expect(checkChoice(chosen, 1).kind).toBe(kind);
  });
});
