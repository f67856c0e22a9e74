// Keras-style text table of a model summary (layer, output shape, params, total), for scripts and the trainer.
// Pure string formatting; takes plain rows so it needs nothing from the engine at run time.

/** One row as `Model.summary()` returns it. */
export interface SummaryLine {
  name: string;
  type: string;
  outputShape: readonly number[];
  params: number;
}

/**
 * The summary as Keras prints it:
 * a header `Layer (type)  Output Shape  Param #`, one line per layer such as
 * `conv2d_1 (conv2d)  (None, 4, 24, 24)  104`, then `Total params: 35,754`.
 */
export function formatSummary(rows: readonly SummaryLine[]): string {
  const cells = rows.map((row) => [
    `${row.name} (${row.type})`,
    `(None, ${row.outputShape.join(', ')})`,
    row.params.toLocaleString('en-US'),
  ]);
  const header = ['Layer (type)', 'Output Shape', 'Param #'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)) + 4);
  const line = (c: readonly string[]) => c.map((text, i) => (i === 2 ? text : text.padEnd(widths[i]))).join('').trimEnd();
  const rule = (char: string) => char.repeat(widths[0] + widths[1] + widths[2] - 4);
  const total = rows.reduce((sum, row) => sum + row.params, 0);
  return [
    rule('_'),
    line(header),
    rule('='),
    ...cells.flatMap((c, i) => [line(c), i < cells.length - 1 ? rule('_') : rule('=')]),
    `Total params: ${total.toLocaleString('en-US')}`,
  ].join('\n');
}
