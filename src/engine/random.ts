// createRandom: the engine's seeded random generator (xoshiro128** seeded by splitmix32), portable bit for bit.
// Imports nothing outside src/engine; every random number of the engine comes from here, from a seed.
import { EngineError } from './engineError.ts';
import { portableCosTurns, portableLog } from './portableMath.ts';

/** An array-like whose elements can be swapped in place: a plain array or a typed array. */
export interface MutableArrayLike<T> {
  readonly length: number;
  [index: number]: T;
}

/** A seeded stream of random numbers; the same seed gives the same stream on every machine. */
export interface Random {
  /** The next 32-bit unsigned integer, 0 .. 2^32-1 (the generator's raw output). */
  uint32(): number;
  /** A uniform number in [0, 1) with 32 random bits: uint32() / 2^32. */
  next(): number;
  /** A uniform number in [low, high): low + (high - low) * next(). */
  uniform(low: number, high: number): number;
  /**
   * A normal number with the given mean (default 0) and standard deviation (default 1), by
   * Box-Muller: mean + std * sqrt(-2 ln u1) * cos(2 pi u2), u1 = 1 - next() in (0, 1], u2 = next().
   * Uses two draws per number.
   */
  normal(mean?: number, std?: number): number;
  /** A whole number in 0 .. n-1, each equally likely (rejection sampling, no modulo bias); n in 1 .. 2^32. */
  int(n: number): number;
  /** Shuffles `array` in place (Fisher-Yates, from the last element down) and returns it. */
  shuffle<A extends MutableArrayLike<unknown>>(array: A): A;
}

const TWO_POW_32 = 4294967296;

/** One splitmix32 output for the counter value `state` (Murmur3's finaliser on a Weyl sequence). */
function splitmix32(state: number): number {
  let z = state | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Makes a generator from an integer seed (any safe integer; negative and large seeds are fine).
 * Algorithm: xoshiro128** (Blackman and Vigna) on 32-bit integer math with Math.imul, its four
 * state words filled by splitmix32 from the seed's low word, each mixed with a second splitmix32
 * chain from its high word (for seeds of 2^32 and more).
 * Normals use a logarithm and cosine built from + - * / only, so every draw is identical on
 * every machine and JS engine.
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) {
    throw new EngineError(
      `createRandom: seed ${String(seed)} is not allowed (the seed must be a whole number, e.g. 42)`,
    );
  }
  const low = seed >>> 0;
  const high = Math.floor(seed / TWO_POW_32) >>> 0;
  let counter = low;
  let highCounter = high;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    counter = (counter + 0x9e3779b9) | 0;
    // Why a chain of its own for the high word: folding it into the low word's counter made seeds
    // that differ above bit 32 collide; a seed below 2^32 (high word 0) keeps its stream unchanged.
    highCounter = (highCounter + 0x6c8e9cf5) | 0;
    words.push((splitmix32(counter) ^ (high === 0 ? 0 : splitmix32(highCounter))) >>> 0);
  }
  const uint32 = xoshiro128StarStar(words[0], words[1], words[2], words[3]);

  function next(): number {
    return uint32() / TWO_POW_32;
  }

  function int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
      throw new EngineError(
        `random.int: n ${String(n)} is not allowed (n must be a whole number from 1 to 2^32)`,
      );
    }
    // Why: the largest multiple of n below 2^32 bounds the accepted draws, so each residue is
    // equally likely; fewer than half of the draws are ever rejected.
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    let u = uint32();
    while (u >= limit) u = uint32();
    return u % n;
  }

  return {
    uint32,
    next,
    uniform(lowBound: number, highBound: number): number {
      return lowBound + (highBound - lowBound) * next();
    },
    normal(mean = 0, std = 1): number {
      const u1 = 1 - next();
      const u2 = next();
      return mean + std * Math.sqrt(-2 * portableLog(u1)) * portableCosTurns(u2);
    },
    int,
    shuffle<A extends MutableArrayLike<unknown>>(array: A): A {
      for (let i = array.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const held = array[i];
        array[i] = array[j];
        array[j] = held;
      }
      return array;
    },
  };
}

/**
 * The raw xoshiro128** generator on the state words s0..s3 (not all zero): returns a function
 * giving the next 32-bit unsigned output, result = rotl(s1 * 5, 7) * 9, as in the reference C code.
 */
export function xoshiro128StarStar(a: number, b: number, c: number, d: number): () => number {
  let s0 = a | 0;
  let s1 = b | 0;
  let s2 = c | 0;
  let s3 = d | 0;
  // The all-zero state would only ever give zeros; splitmix32 seeding never produces it.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  return function uint32(): number {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
}

/** Rotates the 32-bit word x left by k bits. */
function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
