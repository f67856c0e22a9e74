// Tests of EngineError's shared guards: checkOptions and checkBoolean.
import { describe, expect, it } from 'vitest';
import { checkBoolean, checkOptions, EngineError } from '../../src/engine/engineError.ts';

function expectError(run: () => unknown, message: string): void {
  expect(run).toThrow(EngineError);
  expect(run).toThrow(message);
}

describe('checkOptions', () => {
  it.each([
    ['{}', {}, true],
    ['{ kernelSize: 2 }', { kernelSize: 2 }, true],
    ['undefined (optional)', undefined, false],
  ])('checkOptions %s -> ok', (_name, value, required) => {
    expect(() => checkOptions('op', value, required, '{ kernelSize: 2 }')).not.toThrow();
  });

  it.each([
    ['undefined required', undefined, true, 'op: options undefined are not allowed (op needs an object of options, e.g. { kernelSize: 2 })'],
    ['null optional', null, false, 'op: options null are not allowed (give an object of options, e.g. { kernelSize: 2 }, or leave them out)'],
    ['5 required', 5, true, 'op: options 5 are not allowed'],
    ["'same' optional", 'same', false, 'op: options "same" are not allowed'],
    ['[2,2] required', [2, 2], true, 'op: options [2,2] are not allowed'],
  ])('checkOptions %s -> EngineError naming op and value', (_name, value, required, message) => {
    expectError(() => checkOptions('op', value, required, '{ kernelSize: 2 }'), message);
  });
});

describe('checkBoolean', () => {
  it.each([
    [true, false, true],
    [false, true, false],
    [undefined, true, true],
  ])('checkBoolean %s (fallback %s) -> %s', (value, fallback, expected) => {
    expect(checkBoolean('op', 'flag', value, fallback)).toBe(expected);
  });

  it.each([
    ["'false'", 'false', 'op: flag "false" is not allowed (flag must be true or false)'],
    ['1', 1, 'op: flag 1 is not allowed (flag must be true or false)'],
    ['null', null, 'op: flag null is not allowed'],
  ])('checkBoolean %s -> EngineError naming op and value', (_name, value, message) => {
    expectError(() => checkBoolean('op', 'flag', value, false), message);
  });
});
