// The engine's public face: every name of engine-contract.md plus what widgets need.
// The engine imports nothing outside src/engine and touches no DOM, no console and no unseeded random numbers.

// Tensors, errors and the shared option types.
export { EngineError } from './engineError.ts';
export { tensor, shapeSize, formatShape } from './tensor.ts';
export type { Tensor } from './tensor.ts';
export type * from './types.ts';

// Operations (PyTorch's numbers) and their backward passes.
export { conv2d } from './ops/conv2d.ts';
export { conv2dBackward, conv2dBackwardInput, conv2dBackwardParams } from './ops/conv2dBackward.ts';
export type { Conv2dGradients } from './ops/conv2dBackward.ts';
export { conv1d, conv1dBackward } from './ops/conv1d.ts';
export { convTranspose2d } from './ops/convTranspose2d.ts';
export { maxPool2d, maxPool2dBackward } from './ops/maxPool2d.ts';
export { avgPool2d, avgPool2dBackward } from './ops/avgPool2d.ts';

// Shape planning: output sizes, their derivation step by step, receptive fields both ways.
export { convOutputSize, poolOutputSize, convTransposeOutputSize } from './plan/outputSize.ts';
export type {
  OutputSizeOptions,
  PoolOutputSizeOptions,
  ConvTransposeOutputSizeOptions,
  AxisPlan,
} from './plan/outputSize.ts';
export { planWindow2d, planPool2d } from './plan/planWindow2d.ts';
export type { Window2dOptions, PoolWindow2dOptions, Window2dPlan } from './plan/planWindow2d.ts';
export { explainOutputSize } from './plan/explainOutputSize.ts';
export type {
  ExplainOutputSizeRequest,
  OutputSizeExplanation,
  WindowExplanation,
  TransposeExplanation,
  FormulaView,
  ExplanationStep,
  RoundingDetail,
} from './plan/explainOutputSize.ts';
export { explainPadding } from './plan/explainPadding.ts';
export type { PaddingDerivation } from './plan/explainPadding.ts';
export { receptiveField, inputWindowOf, outputsFedBy, chainOutputSizes } from './plan/receptiveField.ts';
export type { ReceptiveLayer, ReceptiveFieldEntry, InputWindow, OutputRange } from './plan/receptiveField.ts';
export { inputWindowOf2d, outputsFedBy2d, splitLayers2d } from './plan/receptiveField2d.ts';
export type { ReceptiveLayer2d } from './plan/receptiveField2d.ts';

// Step traces for animation: every window, tap, product and sum of one output plane.
export { traceConv2d } from './trace/traceConv2d.ts';
export type { Conv2dTrace, ConvTraceStep, ConvTraceTap } from './trace/traceConv2d.ts';
export { traceConv1d } from './trace/traceConv1d.ts';
export type { Conv1dTrace, Conv1dTraceStep, Conv1dTraceTap } from './trace/traceConv1d.ts';
export { traceMaxPool2d, traceAvgPool2d } from './trace/tracePool2d.ts';
export type { MaxPool2dTrace, AvgPool2dTrace, MaxPoolTraceStep, AvgPoolTraceStep, PoolTraceCell } from './trace/tracePool2d.ts';
export { traceConvTranspose2d } from './trace/traceConvTranspose2d.ts';
export type { ConvTranspose2dTrace, ScatterStep, ScatterWrite } from './trace/traceConvTranspose2d.ts';
export { TRACE_CELL_LIMIT } from './trace/traceCommon.ts';
export type { TracePlace, TraceSelection, TraceSizes, TraceChannels } from './trace/traceCommon.ts';

// The Keras-style model, its layers, the reference network and saved weights.
export { createModel, DEFAULT_MODEL_SEED } from './model/createModel.ts';
export type { CreateModelOptions } from './model/createModel.ts';
export type { Model, SummaryRow, LossAndAccuracy, BatchingOptions } from './model/modelTypes.ts';
export type {
  LayerSpec,
  Initializer,
  ActivationName,
  Conv2dLayerSpec,
  Pool2dLayerSpec,
  ActivationLayerSpec,
  FlattenLayerSpec,
  DenseLayerSpec,
  DropoutLayerSpec,
} from './layers/layerSpec.ts';
export type { Parameter } from './layers/layer.ts';
export { activationForward, activationBackward } from './layers/activations.ts';
export { referenceNetworkSpec, referenceInputShape, referenceTraining } from './model/referenceNetwork.ts';
export { describeLayer } from './model/describeLayer.ts';
export { exportWeights, importWeights, loadModel, WEIGHTS_FORMAT, WEIGHTS_VERSION } from './model/weightsFile.ts';
export type { WeightsFile, WeightsEntry, ExportWeightsOptions } from './model/weightsFile.ts';
export { CROSS_ENTROPY_EPSILON } from './model/crossEntropy.ts';

// Optimisers and the seeded random generator.
export { sgd } from './optim/sgd.ts';
export type { SgdOptions } from './optim/sgd.ts';
export { adagrad } from './optim/adagrad.ts';
export type { AdagradOptions } from './optim/adagrad.ts';
export { adadelta } from './optim/adadelta.ts';
export type { AdadeltaOptions } from './optim/adadelta.ts';
export type { Optimizer } from './optim/optimizer.ts';
export { createRandom } from './random.ts';
export type { Random, MutableArrayLike } from './random.ts';
