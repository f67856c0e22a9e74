// Shared parameter types of the engine's public ops (contract names). Imports nothing.

/** One number for both spatial dimensions, or `[rows, cols]`. */
export type Pair = number | readonly [number, number];

/** Zeros per side as a number or `[rows, cols]`, or one of the words `valid`, `same`, `full`. */
export type Padding = Pair | 'valid' | 'same' | 'full';

/** A padding word as Keras/Theano spell them. */
export type PaddingWord = 'valid' | 'same' | 'full';

/** Options shared by conv2d, conv2dBackward and their traces. */
export interface Conv2dOptions {
  stride?: Pair;
  padding?: Padding;
  dilation?: Pair;
  groups?: number;
}

/** Options of conv1d. */
export interface Conv1dOptions {
  stride?: number;
  padding?: number | PaddingWord;
  dilation?: number;
  groups?: number;
}

/** Options of convTranspose2d (PyTorch's conv_transpose2d). */
export interface ConvTranspose2dOptions {
  stride?: Pair;
  padding?: Pair;
  outputPadding?: Pair;
  dilation?: Pair;
  groups?: number;
}

/** Options of maxPool2d; stride defaults to kernelSize. */
export interface MaxPool2dOptions {
  kernelSize: Pair;
  stride?: Pair;
  padding?: Pair;
  dilation?: Pair;
  ceilMode?: boolean;
}

/** Options of avgPool2d; stride defaults to kernelSize; countIncludePad defaults to true. */
export interface AvgPool2dOptions {
  kernelSize: Pair;
  stride?: Pair;
  padding?: Pair;
  ceilMode?: boolean;
  countIncludePad?: boolean;
}
