// One of weight-sharing's two graphs, drawn from the shared layer-graph layout: the convolutional
// layer (each edge coloured and dashed by the kernel weight it uses, thickness following |w|) or the
// locally connected layer (every edge its own weight: shades and thicknesses all differ).
import type { GraphEdge, LayerGraphGeometry } from '../../render/layerGraphLayout.ts';
import { kernelStyle, weightStrokeWidth } from '../../render/layerGraphStyle.ts';

/** Props: the geometry, which layer, the kernel (conv) and the description. */
export interface WeightGraphProps {
  geometry: LayerGraphGeometry;
  kind: 'conv' | 'local';
  kernel: readonly number[];
  description: string;
}

/** The look of one edge: class, dash, width and opacity. */
function edgeLook(edge: GraphEdge, kind: 'conv' | 'local', kernel: readonly number[]) {
  if (kind === 'local' || edge.kernelIndex === null) {
    return { className: 'layer-graph-edge layer-graph-edge-local', dash: undefined, width: 0.75 + 2.5 * edge.shade, opacity: edge.shade };
  }
  const style = kernelStyle(edge.kernelIndex);
  const w = kernel[edge.kernelIndex] ?? 0;
  return {
    className: `layer-graph-edge ${style.colourClass}`,
    dash: style.dash || undefined,
    width: weightStrokeWidth(w),
    opacity: w === 0 ? 0.35 : undefined,
  };
}

/** The graph as an image with a text description (it has no controls of its own). */
export function WeightGraph({ geometry, kind, kernel, description }: WeightGraphProps) {
  return (
    <svg className="layer-graph" viewBox={`0 0 ${geometry.width} ${geometry.height}`} role="img" aria-label={description}>
      <g>
        {geometry.edges.map((edge) => {
          const look = edgeLook(edge, kind, kernel);
          return (
            <line
              key={edge.key}
              className={look.className}
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
              strokeDasharray={look.dash}
              strokeWidth={look.width}
              strokeOpacity={look.opacity}
              data-kernel-index={kind === 'conv' ? (edge.kernelIndex ?? undefined) : undefined}
            />
          );
        })}
      </g>
      {geometry.inputs.map((node) => (
        <g key={`x${node.index}`}>
          <circle className="layer-graph-neuron" cx={node.x} cy={node.y} r={geometry.radius} />
          <text className="layer-graph-label" x={node.x} y={geometry.inputLabelY}>
            {node.label}
          </text>
        </g>
      ))}
      {geometry.outputs.map((node) => (
        <g key={`y${node.index}`}>
          <circle className="layer-graph-neuron" cx={node.x} cy={node.y} r={geometry.radius} />
          <text className="layer-graph-label" x={node.x} y={geometry.outputLabelY}>
            {node.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
