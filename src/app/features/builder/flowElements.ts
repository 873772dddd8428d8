// The network as canvas elements: one layer node per graph node, in focus
// (topological) order, and one wire per edge. Pure data for @xyflow/react.
import type { Edge, Node } from '@xyflow/react';
import type { NetworkAnalysis } from '../../../core/network/analyze';
import { LAYER_CATALOGUE } from '../../../core/network/catalogue';
import { describeIssueDetail } from './issueText';
import { layerText } from '../../i18n/catalogueText';
import { t } from '../../i18n/i18n';
import type { NetworkGraph } from '../../../core/network/types';
import { formatShape } from '../../components/format';
import { layerSummary } from '../network/layerSummary';

/** What a layer node shows. */
export interface LayerCardData extends Record<string, unknown> {
  name: string;
  typeLabel: string;
  /** Key parameters in words: "64 units, ReLU". */
  summary: string;
  /** Output shape per sample, "12×12×16", or "—" when unknown. */
  shape: string;
  params: number;
  /** The layer's problems in words, without its name. */
  problems: string[];
  hasInputHandle: boolean;
  isOutput: boolean;
  /** A keyboard wire starts here. */
  wiringFrom: boolean;
}

export type LayerFlowNode = Node<LayerCardData, 'layer'>;
/** What a wire knows: the name of the layer it feeds (its gradient norm sets the wire's width). */
export type WireFlowEdge = Edge<{ targetName: string }, 'wire'>;

export type Point = { x: number; y: number };
export type Size = { width: number; height: number };

/** Id of the hidden text that tells keyboard users how to work with a layer node. */
export const LAYER_KEYS_HINT_ID = 'layer-node-keyboard-hint';

/** Canvas nodes in focus order. `moving` holds positions of a drag in progress; `measured`
 * the sizes the canvas reported, which must be handed back or nodes are hidden again. */
export function toFlowNodes(
  graph: NetworkGraph,
  analysis: NetworkAnalysis,
  selectedId: string | null,
  moving: Readonly<Record<string, Point>>,
  measured: Readonly<Record<string, Size>>,
  wireFrom: string | null = null,
): LayerFlowNode[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const problems = new Map<string, string[]>();
  for (const issue of analysis.issues) {
    if (issue.nodeId === undefined) continue;
    problems.set(issue.nodeId, [...(problems.get(issue.nodeId) ?? []), describeIssueDetail(issue)]);
  }
  return analysis.order.flatMap((id): LayerFlowNode[] => {
    const node = byId.get(id);
    if (!node) return [];
    const info = analysis.nodes[id];
    return [
      {
        id,
        type: 'layer',
        position: moving[id] ?? node.position,
        selected: id === selectedId,
        ariaLabel: t('builder:canvas.layer', { name: node.name }),
        domAttributes: { 'aria-describedby': LAYER_KEYS_HINT_ID },
        measured: measured[id],
        deletable: node.type !== 'input',
        data: {
          name: node.name,
          typeLabel: layerText(node.type).label,
          summary: layerSummary(node),
          shape: formatShape(info?.outputShape ?? null),
          params: info?.params ?? 0,
          problems: problems.get(id) ?? [],
          hasInputHandle: LAYER_CATALOGUE[node.type].maxInputs > 0,
          isOutput: analysis.outputId === id,
          wiringFrom: id === wireFrom,
        },
      },
    ];
  });
}

/** Canvas wires, named by the layers they join. */
export function toFlowEdges(graph: NetworkGraph, selectedWireId: string | null): WireFlowEdge[] {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges.map((edge) => ({
    id: edge.id,
    type: 'wire',
    source: edge.source,
    target: edge.target,
    selected: edge.id === selectedWireId,
    data: { targetName: names.get(edge.target) ?? edge.target },
    ariaLabel: t('builder:canvas.wire', { source: names.get(edge.source) ?? edge.source, target: names.get(edge.target) ?? edge.target }),
  }));
}

/** True when the graph was swapped for another one (a preset, undoing one, an auto layout)
 * rather than edited a layer at a time: no layer object survived. The canvas then refits. */
export function isWholesaleChange(before: NetworkGraph, after: NetworkGraph): boolean {
  const old = new Set(before.nodes);
  return before !== after && !after.nodes.some((node) => old.has(node));
}
