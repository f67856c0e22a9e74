// Tests of the float32 base64 codec against Node's Buffer and by round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { decodeFloat32Base64, encodeFloat32Base64 } from '../../../src/engine/model/base64.ts';

describe('float32 base64', () => {
  it('any float32 array of length 0..20 -> Buffer base64 of its little-endian bytes, and back exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true }), { maxLength: 20 }), (numbers) => {
        const values = Float32Array.from(numbers);
        const bytes = Buffer.alloc(values.length * 4);
        values.forEach((v, i) => bytes.writeFloatLE(v, i * 4));
        const text = encodeFloat32Base64(values);
        expect(text).toBe(bytes.toString('base64'));
        expect(Array.from(decodeFloat32Base64(text, 'op', 'w'))).toEqual(Array.from(values));
      }),
      { numRuns: 200 },
    );
  });

  it('[1] -> AACAPw== (0x3f800000 little-endian)', () => {
    expect(encodeFloat32Base64(Float32Array.from([1]))).toBe('AACAPw==');
  });

  it('5 characters (not whole float32 values) -> EngineError', () => {
    expect(() => decodeFloat32Base64('AACAP', 'importWeights', 'dense_1/bias')).toThrow(EngineError);
    expect(() => decodeFloat32Base64('AACAP', 'importWeights', 'dense_1/bias')).toThrow(
      'importWeights: dense_1/bias holds 5 base64 characters, which is not a whole number of float32 values',
    );
  });
});
