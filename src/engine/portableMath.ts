// Logarithm, cosine, exp and tanh from + - * / only, so random draws and activations give the same bits in every JS engine.
// Imports nothing outside src/engine (in fact nothing at all).

// Why: Math.log and Math.cos are not required to be correctly rounded, and engines differ in the
// last bit. IEEE-754 + - * / and sqrt are exactly rounded everywhere, so a series evaluated with
// them yields identical results on every machine. Accuracy is about 1e-15 relative, plenty for
// drawing normal numbers.

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;
const HALF_PI = 1.5707963267948966;

/**
 * Natural logarithm of x > 0 (finite), portable bit for bit.
 * x = m * 2^e with m in [sqrt(1/2), sqrt(2)); ln x = e*ln2 + 2*atanh(s), s = (m-1)/(m+1),
 * atanh(s) = s + s^3/3 + s^5/5 + ... (|s| < 0.172, so 13 terms reach double precision).
 */
export function portableLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x === 0 ? -Infinity : NaN;
  let m = x;
  let e = 0;
  // Why: scaling by 2 is exact in binary floating point, so this loop loses nothing.
  while (m >= 2) {
    m *= 0.5;
    e++;
  }
  while (m < 1) {
    m *= 2;
    e--;
  }
  if (m > SQRT2) {
    m *= 0.5;
    e++;
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let series = 1 / 27;
  for (let k = 12; k >= 0; k--) series = 1 / (2 * k + 1) + s2 * series;
  return e * LN2 + 2 * s * series;
}

/** sin(a) for a in [0, pi/4]: a(1 - a^2/(2*3)(1 - a^2/(4*5)(1 - ...))), 11 nested terms. */
function sinSmall(a: number): number {
  const a2 = a * a;
  let p = 1;
  for (let k = 11; k >= 1; k--) p = 1 - (a2 / ((2 * k) * (2 * k + 1))) * p;
  return a * p;
}

/** cos(a) for a in [0, pi/4]: 1 - a^2/(1*2)(1 - a^2/(3*4)(1 - ...)), 11 nested terms. */
function cosSmall(a: number): number {
  const a2 = a * a;
  let p = 1;
  for (let k = 11; k >= 1; k--) p = 1 - (a2 / ((2 * k - 1) * (2 * k))) * p;
  return p;
}

/**
 * cos(2*pi*t) for t in [0, 1), portable bit for bit. The turn t splits exactly into a quarter
 * q = floor(4t) and a remainder r = 4t - q in [0, 1); cos(q*pi/2 + r*pi/2) is then sin or cos
 * of an angle in [0, pi/4] with the right sign.
 */
export function portableCosTurns(t: number): number {
  const scaled = t * 4;
  const q = Math.floor(scaled);
  const r = scaled - q;
  // cos(r*pi/2) and sin(r*pi/2), each from the series on its better half.
  const c = r <= 0.5 ? cosSmall(r * HALF_PI) : sinSmall((1 - r) * HALF_PI);
  const s = r <= 0.5 ? sinSmall(r * HALF_PI) : cosSmall((1 - r) * HALF_PI);
  switch (((q % 4) + 4) % 4) {
    case 0:
      return c;
    case 1:
      return -s;
    case 2:
      return -c;
    default:
      return s;
  }
}

const INV_LN2 = 1.4426950408889634;
// ln2 split in a high part with trailing zero bits and the rest, so k * LN2_HI is exact (Cody-Waite).
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
/** 1/n! for n = 0..12, the Taylor coefficients of exp. */
const INV_FACTORIALS = factorialReciprocals(12);
/** 2^k for k = -1022..1023, built by exact doublings and halvings. */
const POWERS_OF_TWO = powersOfTwo();

function factorialReciprocals(count: number): Float64Array {
  const c = new Float64Array(count + 1);
  c[0] = 1;
  for (let n = 1; n <= count; n++) c[n] = c[n - 1] / n;
  return c;
}

function powersOfTwo(): Float64Array {
  const table = new Float64Array(2046);
  table[1022] = 1;
  for (let k = 1; k <= 1023; k++) table[1022 + k] = table[1021 + k] * 2;
  for (let k = 1; k <= 1022; k++) table[1022 - k] = table[1023 - k] * 0.5;
  return table;
}

/** 2^k for a whole k in -1022..1023. */
function powerOfTwo(k: number): number {
  return POWERS_OF_TWO[k + 1022];
}

/**
 * e^x, portable bit for bit (about 1e-15 relative): x = k*ln2 + r with |r| <= ln2/2 (k whole),
 * e^x = 2^k * sum_{n<=12} r^n/n!. Overflows to Infinity above 709.78, underflows to 0 below -745.2.
 */
export function portableExp(x: number): number {
  if (x > 709.782712893384) return Infinity;
  if (x < -745.2) return 0;
  if (Number.isNaN(x)) return NaN;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let p = INV_FACTORIALS[12];
  for (let n = 11; n >= 0; n--) p = p * r + INV_FACTORIALS[n];
  if (k > 1023) return p * 2 * powerOfTwo(k - 1);
  // Why two steps for tiny results: p * 2^(k+60) is exact, so only the last product rounds.
  if (k < -1000) return p * powerOfTwo(k + 60) * powerOfTwo(-60);
  return p * powerOfTwo(k);
}

// Rational approximation of tanh (the minimax form Eigen uses for float), accurate on |x| <= 7.905.
const TANH_RATIONAL_LIMIT = 7.90531110763549805;
// Below this tanh(x) is x to float32 accuracy.
const TANH_LINEAR_LIMIT = 4e-4;
// Beyond this tanh(x) rounds to +-1 even in float64.
const TANH_SATURATION = 19.1;

/**
 * tanh(x) to float32 accuracy (|error| < 3e-8 absolute, 1.3e-7 relative), several times faster
 * than Math.tanh and identical in every JS engine. For |x| < 4e-4 x itself; up to 7.905 a rational function
 * x * P(x^2) / Q(x^2) (P of degree 6 and Q of degree 3 in x^2); beyond,
 * sign(x) * (1 - 2 / (e^(2|x|) + 1)) with the portable exp; +-1 past |x| = 19.1. NaN stays NaN.
 */
export function portableTanh(x: number): number {
  if (x > TANH_RATIONAL_LIMIT || x < -TANH_RATIONAL_LIMIT) {
    const a = x < 0 ? -x : x;
    const t = a >= TANH_SATURATION ? 1 : 1 - 2 / (portableExp(2 * a) + 1);
    return x < 0 ? -t : t;
  }
  // Why: below 4e-4, tanh(x) = x - x^3/3 + ... equals x within 5.4e-8 relative, better than the fit.
  if (x < TANH_LINEAR_LIMIT && x > -TANH_LINEAR_LIMIT) return x;
  return tanhRational(x);
}

/**
 * y[i] = portableTanh(x[i]) for i < length, the same numbers several times faster: a first loop runs
 * only the rational function (short and branch-free, so it compiles tightly), a second pass redoes
 * the rare entries outside 4e-4 <= |x| <= 7.905 (NaN needs no redo). `y` must be another array than `x`.
 */
export function portableTanhArray(
  x: Float32Array | Float64Array,
  y: Float32Array | Float64Array,
  length: number,
): void {
  for (let i = 0; i < length; i++) y[i] = tanhRational(x[i]);
  for (let i = 0; i < length; i++) {
    // Why Math.abs and not a comparison: activations have random signs, so a branch on the sign is
    // mispredicted half the time (this pass took longer than the rational function itself).
    const a = Math.abs(x[i]);
    if (a > TANH_RATIONAL_LIMIT || a < TANH_LINEAR_LIMIT) y[i] = portableTanh(x[i]);
  }
}

/** x * P(x^2) / Q(x^2): the rational part of portableTanh, accurate for |x| <= 7.905. */
function tanhRational(x: number): number {
  const v2 = x * x;
  let p = v2 * -2.76076847742355e-16 + 2.00018790482477e-13;
  p = v2 * p - 8.60467152213735e-11;
  p = v2 * p + 5.12229709037114e-8;
  p = v2 * p + 1.48572235717979e-5;
  p = v2 * p + 6.37261928875436e-4;
  p = v2 * p + 4.89352455891786e-3;
  let q = v2 * 1.19825839466702e-6 + 1.18534705686654e-4;
  q = v2 * q + 2.268434632439e-3;
  q = v2 * q + 4.89352518554385e-3;
  return (x * p) / q;
}
