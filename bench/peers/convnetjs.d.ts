// Types for the parts of convnetjs 0.3.0 (CommonJS, untyped) that the bench uses.
declare module 'convnetjs' {
  /** A volume sx x sy x depth; w[((sx*y)+x)*depth+d] (H,W,C order), float64. */
  export class Vol {
    constructor(sx: number, sy: number, depth: number, c?: number);
    sx: number;
    sy: number;
    depth: number;
    w: Float64Array;
    dw: Float64Array;
  }
  /** A built layer; conv and fc layers carry filters (one Vol per output) and biases (one Vol). */
  export interface Layer {
    layer_type: string;
    filters?: Vol[];
    biases?: Vol;
  }
  export class Net {
    layers: Layer[];
    makeLayers(defs: object[]): void;
    forward(v: Vol, isTraining?: boolean): Vol;
  }
  export class Trainer {
    constructor(
      net: Net,
      options: { method?: string; learning_rate?: number; momentum?: number; batch_size?: number; l2_decay?: number },
    );
    train(x: Vol, y: number): { loss: number; cost_loss: number };
  }
}
