// The engine's public face: every name of engine-contract.md plus what widgets need.
// The engine imports nothing outside src/engine and touches no DOM, console or Math.random.
export { EngineError } from './engineError.ts';
export { tensor, shapeSize, formatShape } from './tensor.ts';
export type { Tensor } from './tensor.ts';
export type * from './types.ts';
