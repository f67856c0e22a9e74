// EngineError: the one error type the engine throws for a bad call, with a message a student can read.
// Imports nothing.

/**
 * Thrown for every invalid engine call. The message names the operation, the offending values
 * and the rule they break, e.g.
 * `conv2d: kernel 5x5 is larger than the padded input 3x3 (the kernel must fit inside the input plus its padding)`.
 */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

/** Throws `EngineError(op + ': ' + message)` unless `condition` holds. */
export function check(condition: boolean, op: string, message: string): asserts condition {
  if (!condition) throw new EngineError(`${op}: ${message}`);
}
