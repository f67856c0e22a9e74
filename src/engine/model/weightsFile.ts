// Weights export and import: a plain, versioned, JSON-ready description of a model and its trained numbers.
// Imports nothing outside src/engine.
import { EngineError } from '../engineError.ts';
import type { LayerSpec } from '../layers/layerSpec.ts';
import { formatShape } from '../tensor.ts';
import { decodeFloat32Base64, encodeFloat32Base64 } from './base64.ts';
import { createModel } from './createModel.ts';
import { describeLayer } from './describeLayer.ts';
import type { Model } from './modelTypes.ts';

/** The `format` field of every weights file. */
export const WEIGHTS_FORMAT = 'receptive-weights';
/** The version this engine writes and reads. */
export const WEIGHTS_VERSION = 1;

/** One parameter tensor: `data` as plain numbers, or base64 of float32 little-endian bytes. */
export interface WeightsEntry {
  /** `layerName/kernel` or `layerName/bias`, e.g. `dense_1/kernel`. */
  name: string;
  shape: number[];
  data: number[] | string;
}

/** A saved model: its architecture and its parameters (JSON.stringify-ready). */
export interface WeightsFile {
  format: typeof WEIGHTS_FORMAT;
  version: typeof WEIGHTS_VERSION;
  /** 'numbers': data are number arrays; 'base64': data are base64 strings of float32 bytes. */
  encoding: 'numbers' | 'base64';
  inputShape: [number, number, number];
  layers: LayerSpec[];
  weights: WeightsEntry[];
}

/** Options of `exportWeights`. */
export interface ExportWeightsOptions {
  /** 'numbers' (default, readable) or 'base64' (about 3x smaller as JSON). */
  encoding?: 'numbers' | 'base64';
}

/**
 * Describes `model` as a WeightsFile: format 'receptive-weights', version 1, inputShape, layer specs
 * and every parameter (kernel then bias, layer by layer) with its shape and values. Float32 values
 * survive exactly in both encodings. Throws EngineError when a weight is NaN or infinite (a run
 * that diverged): JSON would write it as null, and the file would not load back as it was.
 */
export function exportWeights(model: Model, o: ExportWeightsOptions = {}): WeightsFile {
  const op = 'exportWeights';
  const encoding = o.encoding ?? 'numbers';
  if (encoding !== 'numbers' && encoding !== 'base64') {
    throw new EngineError(`${op}: encoding ${JSON.stringify(encoding)} is not known (use 'numbers' or 'base64')`);
  }
  for (const p of model.parameters()) {
    const bad = p.value.data.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) {
      throw new EngineError(
        `${op}: ${p.name} has the value ${String(p.value.data[bad])} at index ${bad} (only finite weights can be saved; training has diverged)`,
      );
    }
  }
  return {
    format: WEIGHTS_FORMAT,
    version: WEIGHTS_VERSION,
    encoding,
    inputShape: [...model.inputShape],
    layers: model.layers.map((spec) => JSON.parse(JSON.stringify(spec)) as LayerSpec),
    weights: model.parameters().map((p) => ({
      name: p.name,
      shape: [...p.value.shape],
      data: encoding === 'base64' ? encodeFloat32Base64(p.value.data) : Array.from(p.value.data),
    })),
  };
}

/**
 * Copies the parameters of `file` into `model` after checking that the file is a Receptive weights
 * file of version 1 saved from the same architecture: same input shape, same layers (type, sizes,
 * strides, padding, activation), and for every parameter the same name, shape and count of numbers,
 * all finite. Throws EngineError naming what differs; the model is unchanged on error.
 */
export function importWeights(model: Model, file: unknown): void {
  const op = 'importWeights';
  const checked = checkHeader(op, file);
  const modelShape = formatShape(model.inputShape);
  if (formatShape(checked.inputShape) !== modelShape) {
    throw new EngineError(
      `${op}: the file's input shape is ${formatShape(checked.inputShape)} but the model's is ${modelShape} (the file was saved from a different network)`,
    );
  }
  if (checked.layers.length !== model.layers.length) {
    throw new EngineError(
      `${op}: the file has ${checked.layers.length} layers but the model has ${model.layers.length} (the file was saved from a different network)`,
    );
  }
  model.layers.forEach((spec, i) => {
    const inFile = describeLayer(checked.layers[i]);
    const inModel = describeLayer(spec);
    if (inFile !== inModel) {
      throw new EngineError(
        `${op}: layer ${i + 1} is '${inFile}' in the file but '${inModel}' in the model (the file was saved from a different network)`,
      );
    }
  });
  const byName = new Map(checked.weights.map((entry) => [entry.name, entry]));
  const params = model.parameters();
  const decoded = params.map((p) => {
    const entry = byName.get(p.name);
    if (entry === undefined) {
      throw new EngineError(`${op}: the file has no weights named '${p.name}' (every parameter of the model must be in the file)`);
    }
    if (!Array.isArray(entry.shape) || formatShape(entry.shape) !== formatShape(p.value.shape)) {
      throw new EngineError(
        `${op}: ${p.name} has shape ${Array.isArray(entry.shape) ? formatShape(entry.shape) : String(entry.shape)} in the file but ${formatShape(p.value.shape)} in the model (the shapes must match)`,
      );
    }
    if (Array.isArray(entry.data)) {
      const list: unknown[] = entry.data;
      const notNumber = list.findIndex((v) => typeof v !== 'number');
      if (notNumber >= 0) {
        throw new EngineError(
          `${op}: ${p.name} has the value ${JSON.stringify(list[notNumber]) ?? 'undefined'} at index ${notNumber} (weights must be numbers; JSON writes NaN and infinity as null)`,
        );
      }
    }
    const values =
      typeof entry.data === 'string'
        ? decodeFloat32Base64(entry.data, op, p.name)
        : Array.isArray(entry.data)
          ? Float32Array.from(entry.data)
          : null;
    if (values === null || values.length !== p.value.data.length) {
      throw new EngineError(
        `${op}: ${p.name} holds ${values === null ? 'no list of' : values.length} numbers but its shape ${formatShape(p.value.shape)} needs ${p.value.data.length}`,
      );
    }
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) {
      throw new EngineError(`${op}: ${p.name} has the value ${String(values[bad])} at index ${bad} (weights must be finite numbers)`);
    }
    return values;
  });
  if (byName.size !== params.length) {
    const extra = checked.weights.find((entry) => !params.some((p) => p.name === entry.name));
    throw new EngineError(
      `${op}: the file has weights named '${extra?.name ?? '?'}' that the model does not have (the file was saved from a different network)`,
    );
  }
  params.forEach((p, i) => p.value.data.set(decoded[i]));
}

/**
 * Builds the model described by `file` (its input shape and layers) and loads its weights.
 * Throws EngineError as `createModel` and `importWeights` do.
 */
export function loadModel(file: unknown): Model {
  const checked = checkHeader('loadModel', file);
  const model = createModel(checked.inputShape, checked.layers);
  importWeights(model, checked);
  return model;
}

/** Checks the format, version and field types of a weights file. */
function checkHeader(op: string, file: unknown): WeightsFile {
  if (file === null || typeof file !== 'object') {
    throw new EngineError(`${op}: the weights file is ${file === null ? 'null' : typeof file}, not an object (pass the parsed JSON of an exported file)`);
  }
  const candidate = file as Partial<WeightsFile>;
  if (candidate.format !== WEIGHTS_FORMAT) {
    throw new EngineError(
      `${op}: format ${JSON.stringify(candidate.format) ?? 'undefined'} is not '${WEIGHTS_FORMAT}' (this is not a Receptive weights file)`,
    );
  }
  if (candidate.version !== WEIGHTS_VERSION) {
    throw new EngineError(
      `${op}: version ${JSON.stringify(candidate.version) ?? 'undefined'} is not supported (this engine reads version ${WEIGHTS_VERSION})`,
    );
  }
  if (!Array.isArray(candidate.inputShape) || !Array.isArray(candidate.layers) || !Array.isArray(candidate.weights)) {
    throw new EngineError(`${op}: the file lacks inputShape, layers or weights lists (it is damaged or incomplete)`);
  }
  candidate.layers.forEach((layer: unknown, i) => {
    if (layer === null || typeof layer !== 'object' || typeof (layer as { type?: unknown }).type !== 'string') {
      throw new EngineError(`${op}: layer ${i + 1} of the file is not a layer description (it is damaged or incomplete)`);
    }
  });
  const seen = new Set<string>();
  candidate.weights.forEach((entry: unknown, i) => {
    if (entry === null || typeof entry !== 'object' || typeof (entry as { name?: unknown }).name !== 'string') {
      throw new EngineError(`${op}: weights entry ${i + 1} of the file has no name (it is damaged or incomplete)`);
    }
    const name = (entry as { name: string }).name;
    if (seen.has(name)) {
      throw new EngineError(`${op}: the file has two weights entries named '${name}' (each parameter must appear once)`);
    }
    seen.add(name);
  });
  return candidate as WeightsFile;
}
