// Tests of the Keras/tqdm-style progress line.
import { describe, expect, it } from 'vitest';
import { formatBar, formatDuration, formatProgress, formatRate } from '../../src/training/progressBar.ts';

describe('formatProgress', () => {
  it('done=4800 total=9600 elapsed=3s loss/acc -> half bar, rate 1600 samples/s, ETA 3s', () => {
    expect(formatProgress({ done: 4800, total: 9600, elapsedSeconds: 3, metrics: [['loss', 0.51234], ['acc', 0.845]] })).toBe(
      '4800/9600 [==============>...............] 1600 samples/s - ETA: 3s - loss: 0.5123 - acc: 0.8450',
    );
  });

  it('done=total=9600 elapsed=6.2s -> full bar and the time taken', () => {
    expect(formatProgress({ done: 9600, total: 9600, elapsedSeconds: 6.2, metrics: [['val_acc', 0.9375]] })).toBe(
      '9600/9600 [==============================] 1548 samples/s - 6s - val_acc: 0.9375',
    );
  });

  it('done=100 total=9600 -> count right-aligned to the width of total', () => {
    expect(formatProgress({ done: 100, total: 9600, elapsedSeconds: 1, width: 10 })).toBe(
      ' 100/9600 [..........] 100 samples/s - ETA: 1:35',
    );
  });

  it('done=0 -> unknown rate and ETA', () => {
    expect(formatProgress({ done: 0, total: 50, elapsedSeconds: 0, width: 5 })).toBe(' 0/50 [.....] ? samples/s - ETA: ?');
  });
});

describe('formatBar', () => {
  it.each([
    [0, 10, 10, '[..........]'],
    [1, 10, 10, '[>.........]'],
    [5, 10, 10, '[====>.....]'],
    [10, 10, 10, '[==========]'],
    [12, 10, 10, '[==========]'],
    [0, 0, 4, '[====]'],
  ])('done=%i total=%i width=%i -> %s', (done, total, width, bar) => {
    expect(formatBar(done, total, width)).toBe(bar);
  });
});

describe('formatDuration and formatRate', () => {
  it.each([
    [0, '0s'],
    [7.4, '7s'],
    [65, '1:05'],
    [3723, '1:02:03'],
    [-3, '0s'],
  ])('formatDuration(%s) -> %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('formatRate(1523.4) -> 1523 samples/s; formatRate(2.345) -> 2.3 samples/s', () => {
    expect(formatRate(1523.4)).toBe('1523 samples/s');
    expect(formatRate(2.345)).toBe('2.3 samples/s');
  });
});
