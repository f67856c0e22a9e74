// Colour mapping: the display choice (auto -> gray or signed), the domains, the lookup tables (0 is
// neutral on the signed scale, the ends blue and red) and the RGBA pass agreeing with colourOf.
import { describe, expect, it } from 'vitest';
import { colourOf, colourTable, paintMagnitude, paintValues, resolveScale, tableIndex, type ColourScale } from '../../../src/widgets/image-filter/colourScale.ts';

const out = (values: number[]) => {
  const data = Float32Array.from(values);
  return { values: data, min: Math.min(...values), max: Math.max(...values) };
};

describe('resolveScale', () => {
  it('auto, kernel sum 1 -> gray 0..255, counting 3 clipped pixels (300, 256 and -4)', () => {
    expect(resolveScale('auto', out([0, 10, 300, 256, 255, -4]), 1)).toEqual({ kind: 'gray', domain: [0, 255], clipped: 3 });
  });
  it('auto, kernel sum 0 -> signed, domain ±max|v| = ±812', () => {
    expect(resolveScale('auto', out([-812, 0, 790]), 0)).toEqual({ kind: 'signed', domain: [-812, 812], clipped: 0 });
  });
  it('auto, kernel sum -1 (all outputs negative) -> signed', () => {
    expect(resolveScale('auto', out([-255, -3]), -1).kind).toBe('signed');
  });
  it('auto, kernel sum float noise 1e-7 -> signed (counts as 0)', () => {
    expect(resolveScale('auto', out([-5, 5]), 1e-7).kind).toBe('signed');
  });
  it('signed on a non-negative output -> domain ±max', () => {
    expect(resolveScale('signed', out([0, 40]), 1).domain).toEqual([-40, 40]);
  });
  it('abs -> domain 0..max|v| = 0..900', () => {
    expect(resolveScale('abs', out([-900, 10]), 1)).toEqual({ kind: 'abs', domain: [0, 900], clipped: 0 });
  });
  it('an all-zero output still has a non-empty domain', () => {
    const scale = resolveScale('signed', out([0, 0]), 1);
    expect(scale.domain[1]).toBeGreaterThan(0);
  });
});

describe('colour tables', () => {
  const signed: ColourScale = { kind: 'signed', domain: [-100, 100], clipped: 0 };
  it('signed: 0 -> neutral (equal r, g, b, light); -max -> blue; +max -> red', () => {
    expect(colourOf(0, signed)).toBe('rgb(247 247 247)');
    expect(colourOf(-100, signed)).toBe('rgb(33 102 172)');
    expect(colourOf(100, signed)).toBe('rgb(178 24 43)');
  });
  it('signed: beyond the ends clamps; small positives and negatives differ in hue', () => {
    expect(colourOf(-1e6, signed)).toBe(colourOf(-100, signed));
    expect(tableIndex(50, signed)).toBeGreaterThan(128);
    expect(tableIndex(-50, signed)).toBeLessThan(127);
    expect(tableIndex(0, signed)).toBe(128);
  });
  it('gray: 0 black, 255 white, 300 clipped white, -5 clipped black', () => {
    const gray: ColourScale = { kind: 'gray', domain: [0, 255], clipped: 0 };
    expect(colourOf(0, gray)).toBe('rgb(0 0 0)');
    expect(colourOf(255, gray)).toBe('rgb(255 255 255)');
    expect(colourOf(300, gray)).toBe('rgb(255 255 255)');
    expect(colourOf(-5, gray)).toBe('rgb(0 0 0)');
  });
  it('abs: -900 and 900 both white, 0 black', () => {
    const abs: ColourScale = { kind: 'abs', domain: [0, 900], clipped: 0 };
    expect(colourOf(-900, abs)).toBe('rgb(255 255 255)');
    expect(colourOf(900, abs)).toBe('rgb(255 255 255)');
    expect(colourOf(0, abs)).toBe('rgb(0 0 0)');
  });
  it('tables have 256 RGBA entries, all opaque, and are built once', () => {
    const table = colourTable('signed');
    expect(table).toHaveLength(1024);
    for (let i = 3; i < table.length; i += 4) expect(table[i]).toBe(255);
    expect(colourTable('signed')).toBe(table);
  });
});

describe('paintValues', () => {
  it.each([
    ['signed', [-100, 100]],
    ['gray', [0, 255]],
    ['abs', [0, 100]],
  ] as const)('%s: every pixel gets colourOf(value) (values -120..300 and NaN)', (kind, domain) => {
    const scale: ColourScale = { kind, domain, clipped: 0 };
    const values = Float32Array.from([-120, -100, -37.5, -0.4, 0, 0.4, 12, 99.9, 100, 255, 300, Number.NaN]);
    const rgba = new Uint8ClampedArray(values.length * 4);
    paintValues(values, scale, rgba);
    values.forEach((v, i) => {
      const expected = Number.isNaN(v) ? colourOf(-Infinity, { ...scale, kind: scale.kind === 'abs' ? 'gray' : scale.kind }) : colourOf(v, scale);
      expect(`rgb(${rgba[i * 4]} ${rgba[i * 4 + 1]} ${rgba[i * 4 + 2]})`).toBe(expected);
      expect(rgba[i * 4 + 3]).toBe(255);
    });
  });

  it('paintMagnitude: 0 -> the first entry, the peak -> the last', () => {
    const rgba = new Uint8ClampedArray(8);
    paintMagnitude([0, 2], 2, rgba);
    expect(Array.from(rgba.slice(0, 3))).toEqual([0x44, 0x01, 0x54]);
    expect(Array.from(rgba.slice(4, 7))).toEqual([0xfd, 0xe7, 0x25]);
  });
});
