// Layout of a one-dimensional layer drawn as a graph: a row of n input neurons above a row of
// n - k + 1 output neurons (valid borders, stride 1) and the edges between them, dense or local.
// Shared by sparse-vs-dense and weight-sharing. Render layer: pure geometry, no DOM, no store.

/** Which inputs an output sees: every input (dense) or its k neighbours (local and convolutional). */
export type LayerConnectivity = 'dense' | 'local';

/** What the layout reads: n inputs, kernel width k (1 <= k <= n) and the connectivity. */
export interface LayerGraphSpec {
  inputs: number;
  kernel: number;
  connectivity: LayerConnectivity;
}

/** The size of the view box, in viewBox px. */
export interface LayerGraphSize {
  width: number;
  height: number;
}

/** One neuron: 0-based index, centre and the label written under or above it (`x₃`, 1-based). */
export interface GraphNeuron {
  index: number;
  x: number;
  y: number;
  label: string;
}

/** One edge from input `input` to output `output` (0-based), as a line from the input's bottom to the output's top. */
export interface GraphEdge {
  key: string;
  input: number;
  output: number;
  /** p = input - output when 0 <= p < k (the kernel weight w_{p+1} a convolution uses here), else null (dense only). */
  kernelIndex: number | null;
  /** A grey level in [0.35, 1) that differs from edge to edge: local weights drawn as distinct shades. */
  shade: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where a weight label goes when the edge's output is picked: a fifth of the way from the input, where its edges fan out. */
  labelNearInput: { x: number; y: number };
  /** Where a weight label goes when the edge's input is picked: a fifth of the way from the output. */
  labelNearOutput: { x: number; y: number };
}

/** Everything the graph draws, in viewBox px. */
export interface LayerGraphGeometry {
  width: number;
  height: number;
  /** Neuron circle radius. */
  radius: number;
  /** Invisible hit rectangle around each neuron (targets tile the row, none overlap). */
  hitWidth: number;
  hitHeight: number;
  /** Baselines of the input labels (above the row) and the output labels (below the row). */
  inputLabelY: number;
  outputLabelY: number;
  inputs: readonly GraphNeuron[];
  outputs: readonly GraphNeuron[];
  edges: readonly GraphEdge[];
  /**
   * The narrowest CSS width (px) at which every hit rectangle is at least 24 x 24 CSS px: the
   * figure should not be drawn narrower (a container scrolls sideways instead).
   */
  minCssWidth: number;
}

/** The default view box: 400 x 180. */
export const LAYER_GRAPH_SIZE: LayerGraphSize = { width: 400, height: 180 };

/** Smallest touch target, CSS px (WCAG 2.5.8). */
export const MIN_TARGET_CSS_PX = 24;

const MARGIN_X = 24;
const ROW_INSET = 40;
const LABEL_GAP = 8;
const HIT_HEIGHT = 52;
const LABEL_FRACTION = 0.2;
/** Golden-ratio step: consecutive edges get grey levels far apart. */
const GOLDEN = 0.6180339887498949;

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** `value` with subscript digits: 12 -> `₁₂`. */
export function subscript(value: number): string {
  return String(value).replace(/\d/g, (digit) => SUBSCRIPT_DIGITS[Number(digit)]);
}

/** The number of outputs of a valid, stride-1 layer: n - k + 1. */
export function graphOutputCount(inputs: number, kernel: number): number {
  return inputs - kernel + 1;
}

/** `value` rounded to 0.1 viewBox px, so the markup stays short and the same everywhere. */
function round(value: number): number {
  return Math.round(value * 10) / 10 + 0;
}

/** A whole number in [low, high]; `fallback` for anything that is not a finite number. */
function clampWhole(value: number, low: number, high: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, Math.round(value))) : fallback;
}

/**
 * The graph of `spec` in a `size` view box (default 400 x 180). Inputs x_1..x_n sit evenly in a row
 * 40 px from the top; output y_j sits 40 px from the bottom, under the middle of its window
 * x_j..x_{j+k-1}. Edges: dense n(n-k+1), local k(n-k+1), keyed `input-output`, ordered by output
 * then input. n is clamped to >= 1 and k to [1, n].
 */
export function layoutLayerGraph(spec: LayerGraphSpec, size: LayerGraphSize = LAYER_GRAPH_SIZE): LayerGraphGeometry {
  const n = clampWhole(spec.inputs, 1, Number.MAX_SAFE_INTEGER, 1);
  const k = clampWhole(spec.kernel, 1, n, 1);
  const m = graphOutputCount(n, k);
  const { width, height } = size;
  const spacing = n > 1 ? (width - 2 * MARGIN_X) / (n - 1) : width - 2 * MARGIN_X;
  const xOf = (position: number) => (n > 1 ? MARGIN_X + position * spacing : width / 2);
  const radius = round(Math.min(9, spacing * 0.32));
  const inputY = ROW_INSET;
  const outputY = height - ROW_INSET;

  const inputs = Array.from({ length: n }, (_, i) => ({ index: i, x: round(xOf(i)), y: inputY, label: `x${subscript(i + 1)}` }));
  const outputs = Array.from({ length: m }, (_, j) => ({ index: j, x: round(xOf(j + (k - 1) / 2)), y: outputY, label: `y${subscript(j + 1)}` }));

  const edges: GraphEdge[] = [];
  for (const output of outputs) {
    const j = output.index;
    const first = spec.connectivity === 'dense' ? 0 : j;
    const last = spec.connectivity === 'dense' ? n - 1 : j + k - 1;
    for (let i = first; i <= last; i++) {
      const p = i - j;
      const input = inputs[i];
      const x1 = input.x;
      const y1 = inputY + radius;
      const x2 = output.x;
      const y2 = outputY - radius;
      const order = j * n + i;
      edges.push({
        key: `${i}-${j}`,
        input: i,
        output: j,
        kernelIndex: p >= 0 && p < k ? p : null,
        shade: round((0.35 + 0.65 * ((order * GOLDEN) % 1)) * 100) / 100,
        x1,
        y1,
        x2,
        y2,
        labelNearInput: { x: round(x1 + (x2 - x1) * LABEL_FRACTION), y: round(y1 + (y2 - y1) * LABEL_FRACTION) },
        labelNearOutput: { x: round(x2 + (x1 - x2) * LABEL_FRACTION), y: round(y2 + (y1 - y2) * LABEL_FRACTION) },
      });
    }
  }

  const hitWidth = round(Math.min(spacing, 2 * HIT_HEIGHT));
  const minCssWidth = Math.ceil((MIN_TARGET_CSS_PX * width) / Math.min(hitWidth, HIT_HEIGHT));
  return {
    width,
    height,
    radius,
    hitWidth,
    hitHeight: HIT_HEIGHT,
    inputLabelY: inputY - radius - LABEL_GAP,
    outputLabelY: round(outputY + radius + LABEL_GAP + 10),
    inputs,
    outputs,
    edges,
    minCssWidth,
  };
}
