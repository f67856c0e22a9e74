// Tests of the trace helpers: index checks, the selection and the size limit.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { checkIndex, checkTraceSize, resolveSelection, TRACE_CELL_LIMIT } from '../../../src/engine/trace/traceCommon.ts';

describe('traceCommon', () => {
  it('checkIndex sample 2 of 3 -> 2', () => {
    expect(checkIndex('traceConv2d', 'sample', 2, 3)).toBe(2);
  });

  it.each([[3], [-1], [0.5], [Number.NaN]])('checkIndex sample %d of 3 throws naming the range', (index) => {
    expect(() => checkIndex('traceConv2d', 'sample', index, 3)).toThrow(EngineError);
    expect(() => checkIndex('traceConv2d', 'sample', index, 3)).toThrow(`traceConv2d: sample ${index} does not exist (sample must be a whole number from 0 to 2)`);
  });

  it('checkTraceSize at the limit passes, one more throws', () => {
    expect(() => checkTraceSize('t', TRACE_CELL_LIMIT)).not.toThrow();
    expect(() => checkTraceSize('t', TRACE_CELL_LIMIT + 1)).toThrow(`t: the trace would hold ${TRACE_CELL_LIMIT + 1} window cells`);
  });

  it('resolveSelection undefined / {} -> sample 0, channel 0; {sample 1, channel 2} of [2,3] -> 1, 2', () => {
    expect(resolveSelection('traceConv2d', undefined, 2, 3, 'output channel')).toEqual({ sample: 0, channel: 0 });
    expect(resolveSelection('traceConv2d', {}, 2, 3, 'output channel')).toEqual({ sample: 0, channel: 0 });
    expect(resolveSelection('traceConv2d', { sample: 1, channel: 2 }, 2, 3, 'output channel')).toEqual({ sample: 1, channel: 2 });
  });

  it('resolveSelection null -> EngineError naming the options; channel 3 of 3 -> EngineError naming the channel', () => {
    expect(() => resolveSelection('traceConv2d', null as never, 2, 3, 'output channel')).toThrow(EngineError);
    expect(() => resolveSelection('traceConv2d', null as never, 2, 3, 'output channel')).toThrow('traceConv2d: options null are not allowed');
    expect(() => resolveSelection('traceConv2d', { channel: 3 }, 2, 3, 'output channel')).toThrow(
      'traceConv2d: output channel 3 does not exist (output channel must be a whole number from 0 to 2)',
    );
  });
});
