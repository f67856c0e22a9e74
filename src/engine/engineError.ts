// EngineError: the one error type the engine throws for a bad call, with a message a student can read.
// Also the small guards every op shares (options objects, flags). Imports nothing.

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

/** A value as a message shows it: strings quoted, arrays and objects as JSON, the rest as String. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * Throws EngineError unless `options` is an object of options (not null, not an array). When not
 * `required`, leaving them out (undefined) is fine too. `example` shows a valid call's options,
 * e.g. `{ kernelSize: 2 }`.
 */
export function checkOptions(op: string, options: unknown, required: boolean, example: string): void {
  if (options === undefined && !required) return;
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) return;
  const rule = required
    ? `${op} needs an object of options, e.g. ${example}`
    : `give an object of options, e.g. ${example}, or leave them out`;
  throw new EngineError(`${op}: options ${shown(options)} are not allowed (${rule})`);
}

/** Throws EngineError unless `value` is true, false or left out (undefined); returns it, `fallback` when left out. */
export function checkBoolean(op: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new EngineError(`${op}: ${name} ${shown(value)} is not allowed (${name} must be true or false)`);
}
