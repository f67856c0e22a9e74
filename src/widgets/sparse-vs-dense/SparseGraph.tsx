// sparse-vs-dense's graph: two rows of neurons and their edges, drawn from the shared layer-graph
// layout. Neurons are buttons with a roving tabindex per row; pointing, tapping or focusing one
// lights up what it is connected to. No maths here: connections come from the model.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { GraphEdge, GraphNeuron, LayerGraphGeometry } from '../../render/layerGraphLayout.ts';
import { subscript } from '../../render/layerGraphLayout.ts';
import { rowKeyTarget } from '../../render/layerGraphKeys.ts';
import { kernelStyle } from '../../render/layerGraphStyle.ts';
import { inRange, type Connections, type NeuronSelection } from './model.ts';
import type { SparseMode } from './paramLimits.ts';

/** Props: the geometry, the mode, what is lit and picked, the row names, and the pick and hover handlers. */
export interface SparseGraphProps {
  geometry: LayerGraphGeometry;
  mode: SparseMode;
  lit: Connections | null;
  litNeuron: NeuronSelection | null;
  selection: NeuronSelection | null;
  description: string;
  rowNames: { input: string; output: string };
  onSelect: (selection: NeuronSelection | null) => void;
  onHover: (selection: NeuronSelection | null) => void;
}

/** Whether `edge` touches the lit neuron. */
function edgeIsLit(edge: GraphEdge, litNeuron: NeuronSelection | null): boolean {
  if (!litNeuron) return false;
  return litNeuron.row === 'output' ? edge.output === litNeuron.index : edge.input === litNeuron.index;
}

/** The CSS classes of an edge: its mode's look, lit or faded. */
function edgeClass(edge: GraphEdge, mode: SparseMode, lit: boolean, anyLit: boolean): string {
  const look = mode === 'conv' && edge.kernelIndex !== null ? kernelStyle(edge.kernelIndex).colourClass : `layer-graph-edge-${mode}`;
  return ['layer-graph-edge', look, lit ? 'layer-graph-edge-lit' : '', anyLit && !lit ? 'layer-graph-faded' : ''].filter(Boolean).join(' ');
}

/** The weight label of a lit edge: `w₂` (conv, shared by index) or `w₃,₅` (local, its own); none in dense mode. */
function weightLabel(edge: GraphEdge, mode: SparseMode): string | null {
  if (mode === 'conv' && edge.kernelIndex !== null) return `w${subscript(edge.kernelIndex + 1)}`;
  if (mode === 'local') return `w${subscript(edge.output + 1)},${subscript(edge.input + 1)}`;
  return null;
}

/** The graph as an SVG group of two rows of buttons. */
export function SparseGraph({ geometry, mode, lit, litNeuron, selection, description, rowNames, onSelect, onHover }: SparseGraphProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [tabStops, setTabStops] = useState({ input: 0, output: 0 });
  const anyLit = lit !== null;

  const focusNeuron = (row: NeuronSelection['row'], index: number) => {
    svg.current?.querySelector<SVGGElement>(`[data-row="${row}"][data-index="${index}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, row: NeuronSelection['row'], index: number, count: number) => {
    const target = rowKeyTarget(event.key, index, count);
    if (target !== null) {
      event.preventDefault();
      focusNeuron(row, target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect({ row, index });
    } else if (event.key === 'Escape') {
      onSelect(null);
    }
  };

  const neuron = (node: GraphNeuron, row: NeuronSelection['row'], count: number) => {
    const range = lit ? (row === 'input' ? lit.inputs : lit.outputs) : null;
    const isLit = range !== null && inRange(range, node.index);
    const picked = selection?.row === row && selection.index === node.index;
    const stop = Math.min(tabStops[row], count - 1);
    const circleClass = ['layer-graph-neuron', isLit ? 'layer-graph-neuron-lit' : '', picked ? 'layer-graph-neuron-selected' : '', anyLit && !isLit ? 'layer-graph-faded' : '']
      .filter(Boolean)
      .join(' ');
    const labelY = row === 'input' ? geometry.inputLabelY : geometry.outputLabelY;
    return (
      <g
        key={`${row}-${node.index}`}
        className="layer-graph-target"
        role="button"
        tabIndex={node.index === stop ? 0 : -1}
        aria-label={node.label}
        aria-pressed={picked}
        data-row={row}
        data-index={node.index}
        onFocus={() => {
          setTabStops((stops) => ({ ...stops, [row]: node.index }));
          onSelect({ row, index: node.index });
        }}
        onClick={() => onSelect({ row, index: node.index })}
        onKeyDown={(event) => onKeyDown(event, row, node.index, count)}
        onPointerEnter={() => onHover({ row, index: node.index })}
        onPointerLeave={() => onHover(null)}
      >
        <rect
          className="layer-graph-hit"
          x={node.x - geometry.hitWidth / 2}
          y={node.y - geometry.hitHeight / 2}
          width={geometry.hitWidth}
          height={geometry.hitHeight}
        />
        <circle className={circleClass} cx={node.x} cy={node.y} r={geometry.radius} />
        <text className="layer-graph-label" x={node.x} y={labelY} aria-hidden="true">
          {node.label}
        </text>
      </g>
    );
  };

  const litEdges = geometry.edges.filter((edge) => edgeIsLit(edge, litNeuron));
  return (
    <div className="layer-graph-scroll">
      <svg
        ref={svg}
        className="layer-graph"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        style={{ minWidth: `${geometry.minCssWidth}px` }}
        role="group"
        aria-label={description}
      >
        <g aria-hidden="true">
          {geometry.edges.map((edge) => {
            const isLit = edgeIsLit(edge, litNeuron);
            const dash = mode === 'conv' && edge.kernelIndex !== null ? kernelStyle(edge.kernelIndex).dash : '';
            return (
              <line
                key={edge.key}
                className={edgeClass(edge, mode, isLit, anyLit)}
                x1={edge.x1}
                y1={edge.y1}
                x2={edge.x2}
                y2={edge.y2}
                strokeDasharray={dash || undefined}
                strokeOpacity={mode === 'local' ? edge.shade : undefined}
                data-kernel-index={edge.kernelIndex ?? undefined}
              />
            );
          })}
        </g>
        <g role="group" aria-label={rowNames.input}>
          {geometry.inputs.map((node) => neuron(node, 'input', geometry.inputs.length))}
        </g>
        <g role="group" aria-label={rowNames.output}>
          {geometry.outputs.map((node) => neuron(node, 'output', geometry.outputs.length))}
        </g>
        <g aria-hidden="true">
          {litEdges.map((edge) => {
            const label = weightLabel(edge, mode);
            const at = litNeuron?.row === 'output' ? edge.labelNearInput : edge.labelNearOutput;
            return label ? (
              <text key={edge.key} className="layer-graph-weight-label" x={at.x} y={at.y + 4}>
                {label}
              </text>
            ) : null;
          })}
        </g>
      </svg>
    </div>
  );
}
