// Tests of createRandom: the xoshiro128** reference vector, determinism, ranges, distributions, guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/engineError.ts';
import { createRandom, xoshiro128StarStar } from '../../src/engine/random.ts';

describe('xoshiro128StarStar', () => {
  it('state [1,2,3,4] -> the reference C outputs 11520, 0, 5927040, 70819200, 2031721883, 1637235492', () => {
    const uint32 = xoshiro128StarStar(1, 2, 3, 4);
    const outputs = Array.from({ length: 6 }, () => uint32());
    expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });
});

describe('createRandom', () => {
  it('seed=42 -> fixed first words 2837322924, 544945897, 479756282, 3500138142 (same on every machine)', () => {
    const random = createRandom(42);
    expect([random.uint32(), random.uint32(), random.uint32(), random.uint32()]).toEqual([
      2837322924, 544945897, 479756282, 3500138142,
    ]);
  });

  it('seed=42 -> fixed normals after four words (portable Box-Muller)', () => {
    const random = createRandom(42);
    for (let i = 0; i < 4; i++) random.uint32();
    expect(random.normal()).toBe(0.40042869885474475);
    expect(random.normal()).toBe(-0.009860904918430325);
  });

  it('same seed -> same stream; seeds 0, 1, -1, 2^32, 0x9e3779b9, 2^40, 2^32+1, 2^53-1 -> different streams', () => {
    // 2^32 and 0x9e3779b9 once collided, when the high word was folded into the low word's counter.
    const seeds = [0, 1, -1, 2 ** 32, 0x9e3779b9, 2 ** 40, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER];
    const firsts = seeds.map((seed) => {
      const a = createRandom(seed);
      const b = createRandom(seed);
      const streamA = Array.from({ length: 8 }, () => a.next());
      const streamB = Array.from({ length: 8 }, () => b.next());
      expect(streamA).toEqual(streamB);
      return streamA.join(',');
    });
    expect(new Set(firsts).size).toBe(seeds.length);
  });

  it('next() -> numbers in [0,1) with mean 0.5 and variance 1/12 over 20000 draws', () => {
    const random = createRandom(3);
    let sum = 0;
    let sumSquares = 0;
    let min = Infinity;
    let max = -Infinity;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const v = random.next();
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
      sumSquares += v * v;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const mean = sum / n;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sumSquares / n - mean * mean).toBeCloseTo(1 / 12, 2);
  });

  it('uniform(-2, 3) -> numbers in [-2,3)', () => {
    const random = createRandom(5);
    for (let i = 0; i < 1000; i++) {
      const v = random.uniform(-2, 3);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThan(3);
    }
  });

  it('normal(1, 0.5) -> mean 1, std 0.5, 95.4% within 2 std over 20000 draws', () => {
    const random = createRandom(11);
    const n = 20000;
    let sum = 0;
    let sumSquares = 0;
    let within = 0;
    for (let i = 0; i < n; i++) {
      const v = random.normal(1, 0.5);
      sum += v;
      sumSquares += v * v;
      if (Math.abs(v - 1) < 1) within++;
    }
    const mean = sum / n;
    expect(mean).toBeCloseTo(1, 1);
    expect(Math.sqrt(sumSquares / n - mean * mean)).toBeCloseTo(0.5, 1);
    expect(within / n).toBeGreaterThan(0.945);
    expect(within / n).toBeLessThan(0.963);
  });

  it('normal() default -> mean 0, std 1', () => {
    const random = createRandom(12);
    const values = Array.from({ length: 10000 }, () => random.normal());
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it('int(n) -> whole numbers in 0..n-1 for any n in 1..2^32', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 32 }), fc.integer(), (n, seed) => {
        const random = createRandom(seed);
        for (let i = 0; i < 20; i++) {
          const v = random.int(n);
          if (!Number.isInteger(v) || v < 0 || v >= n) return false;
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it('int(6) -> every face about 1/6 of 12000 draws', () => {
    const random = createRandom(9);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 12000; i++) counts[random.int(6)]++;
    for (const count of counts) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('shuffle(array) -> a permutation of the array, in place, for arrays and typed arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.integer(), (values, seed) => {
        const random = createRandom(seed);
        const copy = [...values];
        const result = random.shuffle(copy);
        expect(result).toBe(copy);
        expect([...copy].sort((a, b) => a - b)).toEqual([...values].sort((a, b) => a - b));
      }),
      { numRuns: 100 },
    );
    const indices = Uint32Array.from({ length: 10 }, (_, i) => i);
    createRandom(1).shuffle(indices);
    expect([...indices].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('shuffle([0..9]) seed=7 -> fixed order 3,9,6,5,4,7,2,1,8,0', () => {
    expect(createRandom(7).shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([3, 9, 6, 5, 4, 7, 2, 1, 8, 0]);
  });

  it('shuffle of 3 items -> all 6 orders appear about equally often', () => {
    const random = createRandom(21);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = random.shuffle(['a', 'b', 'c']).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it.each([[1.5], [NaN], [Infinity], [2 ** 60]])('createRandom(seed=%s) -> EngineError naming the seed', (seed) => {
    expect(() => createRandom(seed)).toThrow(EngineError);
    expect(() => createRandom(seed)).toThrow(`createRandom: seed ${String(seed)} is not allowed`);
  });

  it.each([[0], [-3], [2.5], [2 ** 32 + 1], [NaN]])('int(n=%s) -> EngineError naming n', (n) => {
    const random = createRandom(1);
    expect(() => random.int(n)).toThrow(EngineError);
    expect(() => random.int(n)).toThrow(`random.int: n ${String(n)} is not allowed`);
  });
});
