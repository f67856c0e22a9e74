// The output-size derivation of one dimension (conv, pool, transposed conv) as data a widget shows
// step by step: formula, values, numerator, division, rounding and what it drops, +1, result.
// Part of the engine: imports nothing outside src/engine.
import { checkOptions, EngineError } from '../engineError.ts';
import type { PaddingWord } from '../types.ts';
import { explainPadding, type PaddingDerivation } from './explainPadding.ts';
import { planAxis, planPoolAxis, planTransposeAxis, type AxisPlan } from './outputSize.ts';

/** What to explain: one spatial dimension of a conv, a pool or a transposed conv. */
export type ExplainOutputSizeRequest =
  | { kind: 'conv'; inputSize: number; kernelSize: number; stride?: number; padding?: number | PaddingWord; dilation?: number; ceilMode?: boolean }
  | { kind: 'pool'; inputSize: number; kernelSize: number; stride?: number; padding?: number; dilation?: number; ceilMode?: boolean }
  | { kind: 'convTranspose'; inputSize: number; kernelSize: number; stride?: number; padding?: number; outputPadding?: number; dilation?: number };

/** The kinds `explainOutputSize` knows. */
const KINDS: readonly ExplainOutputSizeRequest['kind'][] = ['conv', 'pool', 'convTranspose'];

/** One formula in one padding convention, symbolic and with the numbers put in. */
export interface FormulaView {
  /** Symbolic KaTeX, e.g. `\left\lfloor \frac{n + 2p - d(k-1) - 1}{s} \right\rfloor + 1`. */
  tex: string;
  /** Symbolic plain text, e.g. `floor((n + 2p - d*(k-1) - 1) / s) + 1`. */
  text: string;
  /** KaTeX with the values substituted and evaluated to the result. */
  substitutedTex: string;
  /** Plain text with the values substituted and evaluated to the result. */
  substitutedText: string;
}

/** One step of the derivation, in display order. */
export interface ExplanationStep {
  /** Which step: stable ids a widget can key animations on. */
  id: 'padding' | 'span' | 'numerator' | 'divide' | 'round' | 'plusOne' | 'ceilCorrection' | 'stretch' | 'crop' | 'outputPadding' | 'result';
  /** The step in words with its numbers. */
  text: string;
  /** The step as a KaTeX string. */
  tex: string;
  /** The number this step produces. */
  value: number;
}

/** The rounding of numerator / s and what it leaves out. */
export interface RoundingDetail {
  mode: 'floor' | 'ceil';
  /** floor(numerator / s) or ceil(numerator / s). */
  value: number;
  /** numerator mod s: padded pixels past the last window that fits whole. */
  remainder: number;
  /** Pixels at the end of the padded input that no window reaches (after any ceil-mode correction). */
  uncovered: number;
  /** Of `uncovered`, how many are input pixels (never seen by any output). */
  uncoveredInput: number;
  /** Of `uncovered`, how many are padding. */
  uncoveredPadding: number;
  /** ceilMode only (else 0): how far the window that ceil adds reaches past the padded input, s - remainder. */
  overhang: number;
}

/** Fields every explanation has. */
interface ExplanationBase {
  /** n, k, s, d as resolved (pool's stride defaults to k). */
  inputSize: number;
  kernelSize: number;
  stride: number;
  dilation: number;
  /** Input pixels one kernel spans: d*(k-1) + 1. */
  span: number;
  /** How the padding p (per side) and P (total) were found. */
  padding: PaddingDerivation;
  /** The formula with padding per side p. */
  perSide: FormulaView;
  /** The formula with total padding P = before + after. */
  total: FormulaView;
  /** Every step in display order, ending with id 'result'. */
  steps: ExplanationStep[];
  /** The output length; always equals convOutputSize / poolOutputSize / convTransposeOutputSize. */
  outputSize: number;
}

/** A sliding window (conv or pool): out = round((n + P - d*(k-1) - 1) / s) + 1. */
export interface WindowExplanation extends ExplanationBase {
  kind: 'conv' | 'pool';
  ceilMode: boolean;
  /** n + 2p - d*(k-1) - 1 = n + P - span: how far the window's start can move. */
  numerator: number;
  /** numerator / s before rounding. */
  quotient: number;
  rounding: RoundingDetail;
  /** True when ceilMode's extra last window would start in the right padding and PyTorch drops it. */
  ceilCorrection: boolean;
}

/** A transposed conv: out = (n-1)*s - 2p + d*(k-1) + outputPadding + 1. */
export interface TransposeExplanation extends ExplanationBase {
  kind: 'convTranspose';
  outputPadding: number;
  /** (n-1)*s: distance between the copies scattered by the first and the last input pixel. */
  stretched: number;
  /** (n-1)*s + d*(k-1) + 1: length of the full, uncropped result. */
  full: number;
}

/** The whole derivation; switch on `kind`. */
export type OutputSizeExplanation = WindowExplanation | TransposeExplanation;

/**
 * Explains the output length of one dimension, for kind 'conv' | 'pool' | 'convTranspose', in both
 * conventions (p per side: (n + 2p - d(k-1) - 1)/s + 1; P total: (n + P - d(k-1) - 1)/s + 1).
 * A bad value throws the very EngineError that convOutputSize (conv), poolOutputSize (pool) or
 * convTransposeOutputSize (convTranspose) throws for it, message included, so a widget can show it.
 * A request that is not an object, or of another kind, throws EngineError naming the allowed kinds.
 */
export function explainOutputSize(request: ExplainOutputSizeRequest): OutputSizeExplanation {
  checkOptions('explainOutputSize', request, true, "{ kind: 'conv', inputSize: 5, kernelSize: 3 }");
  const kind: unknown = request.kind;
  if (!KINDS.includes(kind as ExplainOutputSizeRequest['kind'])) {
    throw new EngineError(
      `explainOutputSize: kind ${JSON.stringify(kind) ?? 'undefined'} is not known (use one of ${KINDS.map((k) => `'${k}'`).join(', ')})`,
    );
  }
  if (request.kind === 'convTranspose') return explainTranspose(request);
  const plan =
    request.kind === 'pool'
      ? planPoolAxis('poolOutputSize', request.inputSize, request)
      : planAxis('convOutputSize', request.inputSize, request);
  const padding = explainPadding('convOutputSize', request.padding ?? 0, plan.inputSize, plan.kernelSize, plan.stride, plan.dilation);
  return explainWindow(request.kind, plan, padding);
}

function explainWindow(kind: 'conv' | 'pool', plan: AxisPlan, padding: PaddingDerivation): WindowExplanation {
  const { inputSize: n, kernelSize: k, stride: s, dilation: d, span, ceilMode, outputSize } = plan;
  const P = padding.total;
  const numerator = n + P - span;
  const quotient = numerator / s;
  const rounded = ceilMode ? Math.ceil(quotient) : Math.floor(quotient);
  const ceilCorrection = outputSize !== rounded + 1;
  const coveredEnd = (outputSize - 1) * s + span;
  const padded = n + P;
  const uncovered = Math.max(padded - coveredEnd, 0);
  const uncoveredInput = Math.max(n + padding.before - coveredEnd, 0);
  const rounding: RoundingDetail = {
    mode: ceilMode ? 'ceil' : 'floor',
    value: rounded,
    remainder: numerator % s,
    uncovered,
    uncoveredInput,
    uncoveredPadding: uncovered - uncoveredInput,
    overhang: ceilMode && numerator % s > 0 ? s - (numerator % s) : 0,
  };
  const [lo, hi, fn] = ceilMode ? ['\\left\\lceil', '\\right\\rceil', 'ceil'] : ['\\left\\lfloor', '\\right\\rfloor', 'floor'];
  const p = padding.perSide;
  // Why: PyTorch's ceil-mode rule can take one window back off; the formulas then end in "- 1".
  const corr = ceilCorrection ? ' - 1' : '';
  const tail = (tex: boolean): string => {
    const frac = tex ? `${lo} \\frac{${numerator}}{${s}} ${hi}` : `${fn}(${numerator} / ${s})`;
    return `${frac} + 1${corr} = ${rounded} + 1${corr} = ${outputSize}`;
  };
  const perSide: FormulaView = {
    tex: `${lo} \\frac{n + 2p - d\\,(k-1) - 1}{s} ${hi} + 1`,
    text: `${fn}((n + 2p - d*(k-1) - 1) / s) + 1`,
    substitutedTex: `${lo} \\frac{${n} + 2\\cdot ${p} - ${d}\\cdot(${k}-1) - 1}{${s}} ${hi} + 1${corr} = ${tail(true)}`,
    substitutedText: `${fn}((${n} + 2*${p} - ${d}*(${k}-1) - 1) / ${s}) + 1${corr} = ${tail(false)}`,
  };
  const total: FormulaView = {
    tex: `${lo} \\frac{n + P - d\\,(k-1) - 1}{s} ${hi} + 1`,
    text: `${fn}((n + P - d*(k-1) - 1) / s) + 1`,
    substitutedTex: `${lo} \\frac{${n} + ${P} - ${d}\\cdot(${k}-1) - 1}{${s}} ${hi} + 1${corr} = ${tail(true)}`,
    substitutedText: `${fn}((${n} + ${P} - ${d}*(${k}-1) - 1) / ${s}) + 1${corr} = ${tail(false)}`,
  };
  const steps: ExplanationStep[] = [
    { id: 'padding', text: padding.text.join('; '), tex: padding.tex.join(',\\quad '), value: P },
    {
      id: 'span',
      text: `one window spans d*(k-1) + 1 = ${d}*(${k}-1) + 1 = ${span} pixels`,
      tex: `d\\,(k-1) + 1 = ${d}\\cdot(${k}-1) + 1 = ${span}`,
      value: span,
    },
    {
      id: 'numerator',
      text: `the window's start can move n + P - span = ${n} + ${P} - ${span} = ${numerator} pixels`,
      tex: `n + P - d\\,(k-1) - 1 = ${n} + ${P} - ${span} = ${numerator}`,
      value: numerator,
    },
    {
      id: 'divide',
      text: `in steps of s = ${s}: ${numerator} / ${s} = ${formatQuotient(numerator, s)}`,
      tex: `\\frac{${numerator}}{${s}} = ${formatQuotient(numerator, s)}`,
      value: quotient,
    },
    { id: 'round', text: roundText(rounding, n, numerator, s), tex: `${lo} \\frac{${numerator}}{${s}} ${hi} = ${rounded}`, value: rounded },
    {
      id: 'plusOne',
      text: `+1 for the window at the start: ${rounded} + 1 = ${rounded + 1}`,
      tex: `${rounded} + 1 = ${rounded + 1}`,
      value: rounded + 1,
    },
  ];
  if (ceilCorrection) {
    const start = rounded * s - padding.before;
    steps.push({
      id: 'ceilCorrection',
      text: `the last window would start at ${rounded}*${s} - ${padding.before} = ${start}, past the input's last pixel ${n - 1} (in the right padding only), so it is dropped: ${rounded + 1} - 1 = ${outputSize}`,
      tex: `${rounded + 1} - 1 = ${outputSize}`,
      value: outputSize,
    });
  }
  steps.push({ id: 'result', text: `output size ${outputSize}`, tex: `\\mathrm{out} = ${outputSize}`, value: outputSize });
  return { kind, inputSize: n, kernelSize: k, stride: s, dilation: d, span, padding, perSide, total, steps, outputSize, ceilMode, numerator, quotient, rounding, ceilCorrection };
}

function roundText(r: RoundingDetail, n: number, numerator: number, s: number): string {
  if (r.mode === 'floor') {
    if (r.remainder === 0) return `floor(${numerator} / ${s}) = ${r.value}: the windows end exactly at the end of the padded input, nothing is dropped`;
    const what = r.uncovered === 1 ? 'pixel of the padded input is' : `${r.uncovered} pixels of the padded input are`;
    return (
      `floor(${numerator} / ${s}) = ${r.value} drops the remainder ${r.remainder}: the last ${what} never covered by a window ` +
      `(${r.uncoveredInput} of the ${n} input pixels, ${r.uncoveredPadding} padding)`
    );
  }
  if (r.remainder === 0) return `ceil(${numerator} / ${s}) = ${r.value}: the division is exact, ceil changes nothing`;
  return `ceil(${numerator} / ${s}) = ${r.value} keeps a last window for the remainder ${r.remainder}; it hangs ${r.overhang} pixel${r.overhang === 1 ? '' : 's'} past the padded input (those pixels count as absent)`;
}

/** `7/2` -> `3.5`; `23/3` -> `7.667` (three decimals, marked approximate with a leading ~). */
function formatQuotient(a: number, b: number): string {
  const q = a / b;
  if (Number.isInteger(q * 1000)) return String(q);
  return `~${q.toFixed(3)}`;
}

function explainTranspose(request: Extract<ExplainOutputSizeRequest, { kind: 'convTranspose' }>): TransposeExplanation {
  const outputSize = planTransposeAxis('convTransposeOutputSize', request.inputSize, request);
  const n = request.inputSize;
  const k = request.kernelSize;
  const s = request.stride ?? 1;
  const d = request.dilation ?? 1;
  const a = request.outputPadding ?? 0;
  const derived = explainPadding('convTransposeOutputSize', request.padding ?? 0, n, k, s, d);
  const p = derived.perSide;
  const P = derived.total;
  // Why: a transposed conv's padding adds no zeros; it crops the full result, so say that.
  const padding: PaddingDerivation = {
    ...derived,
    text: [`padding p = ${p} per side is cropped from the full result, P = 2p = ${P} in total`],
    tex: [`p = ${p},\\; P = 2p = ${P}`],
  };
  const span = d * (k - 1) + 1;
  const stretched = (n - 1) * s;
  const full = stretched + span;
  const perSide: FormulaView = {
    tex: '(n-1)\\,s - 2p + d\\,(k-1) + \\text{outputPadding} + 1',
    text: '(n-1)*s - 2p + d*(k-1) + outputPadding + 1',
    substitutedTex: `(${n}-1)\\cdot ${s} - 2\\cdot ${p} + ${d}\\cdot(${k}-1) + ${a} + 1 = ${outputSize}`,
    substitutedText: `(${n}-1)*${s} - 2*${p} + ${d}*(${k}-1) + ${a} + 1 = ${outputSize}`,
  };
  const total: FormulaView = {
    tex: '(n-1)\\,s - P + d\\,(k-1) + \\text{outputPadding} + 1',
    text: '(n-1)*s - P + d*(k-1) + outputPadding + 1',
    substitutedTex: `(${n}-1)\\cdot ${s} - ${P} + ${d}\\cdot(${k}-1) + ${a} + 1 = ${outputSize}`,
    substitutedText: `(${n}-1)*${s} - ${P} + ${d}*(${k}-1) + ${a} + 1 = ${outputSize}`,
  };
  const steps: ExplanationStep[] = [
    {
      id: 'stretch',
      text: `the ${n} input pixels scatter their copies s = ${s} apart: the first and last copies start (n-1)*s = ${stretched} apart`,
      tex: `(n-1)\\,s = (${n}-1)\\cdot ${s} = ${stretched}`,
      value: stretched,
    },
    {
      id: 'span',
      text: `each copy is the kernel, spanning d*(k-1) + 1 = ${span} pixels: the full result is ${stretched} + ${span} = ${full} long`,
      tex: `${stretched} + d\\,(k-1) + 1 = ${stretched} + ${span} = ${full}`,
      value: full,
    },
    { id: 'padding', text: padding.text.join('; '), tex: padding.tex.join(',\\quad '), value: P },
    {
      id: 'crop',
      text: `padding crops p = ${p} from each side: ${full} - ${P} = ${full - P}`,
      tex: `${full} - P = ${full} - ${P} = ${full - P}`,
      value: full - P,
    },
    {
      id: 'outputPadding',
      text: `outputPadding adds ${a} at the end (bottom/right): ${full - P} + ${a} = ${outputSize}`,
      tex: `${full - P} + ${a} = ${outputSize}`,
      value: outputSize,
    },
    { id: 'result', text: `output size ${outputSize}`, tex: `\\mathrm{out} = ${outputSize}`, value: outputSize },
  ];
  return { kind: 'convTranspose', inputSize: n, kernelSize: k, stride: s, dilation: d, span, padding, perSide, total, steps, outputSize, outputPadding: a, stretched, full };
}
