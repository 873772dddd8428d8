import { useTranslation } from 'react-i18next';
import {
  Background,
  BackgroundVariant,
  Controls,
  Panel,
  ReactFlow,
  useReactFlow,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type FocusEvent } from 'react';
import type { NetworkAnalysis } from '../../../core/network/analyze';
import { useAppStore, useAppStoreApi } from '../../store/appStore';
import { ViewOnScreen } from '../../components/LiveView';
import { useOnScreen } from '../../components/useOnScreen';
import { placeLayerCommand } from './builderCommands';
import { moveLayers } from './builderEdits';
import { ConnectionHint } from './ConnectionHint';
import { LAYER_KEYS_HINT_ID, toFlowEdges, toFlowNodes, type LayerFlowNode, type Point, type Size, type WireFlowEdge } from './flowElements';
import { LayerNodeCard } from './LayerNodeCard';
import { droppedLayerType, LAYER_DRAG_TYPE } from './palette';
import { useCanvasKeys } from './useCanvasKeys';
import { useFraming } from './useFraming';
import { useLayerFocus } from './useLayerFocus';
import { useWiring } from './useWiring';
import { WireEdge } from './WireEdge';
import { usePageFlags } from '../workspace/PageFlagsContext';
import '@xyflow/react/dist/style.css';
import './canvas.css';

const NODE_TYPES = { layer: LayerNodeCard };
/** Largest zoom Fit view uses in presentation mode: the network enlarged for the back of the room. */
const PRESENT_MAX_ZOOM = 1.5;
const EDGE_TYPES = { wire: WireEdge };
/** Half a layer card, so a dropped layer lands centred under the pointer. */
const DROP_OFFSET = { x: 100, y: 30 };

interface BuilderCanvasProps {
  analysis: NetworkAnalysis;
  /** Enter on a layer: show its properties and move focus there. */
  onOpenProperties: () => void;
  /** Bumped by Fit view and Auto layout: frame the network again. */
  fitRequest: number;
}

/** The graph editor: layer nodes and wires, drag to move, drag handle to handle to wire,
 * drop palette items to place, arrow keys to move the selection, Delete to remove. */
export function BuilderCanvas({ analysis, onOpenProperties, fitRequest }: BuilderCanvasProps) {
  const store = useAppStoreApi();
  const graph = useAppStore((state) => state.graph);
  const selectedId = useAppStore((state) => state.selectedNodeId);
  const loss = useAppStore((state) => state.settings.loss);
  const revealRequest = useAppStore((state) => state.revealRequest);
  const replaceGraph = useAppStore((state) => state.replaceGraph);
  const selectNode = useAppStore((state) => state.selectNode);
  const flow = useReactFlow<LayerFlowNode, WireFlowEdge>();
  const wrapperRef = useRef<HTMLDivElement>(null);
  // The cards' and wires' live views follow a run only while the canvas is on screen.
  const onScreen = useOnScreen(wrapperRef, '0px');
  const [moving, setMoving] = useState<Record<string, Point>>({});
  const [measured, setMeasured] = useState<Record<string, Size>>({});
  const [selectedWire, setSelectedWire] = useState<string | null>(null);
  const focusLayer = useLayerFocus(wrapperRef);
  const presenting = usePageFlags().present;
  const frameNetwork = useFraming(graph, measured, wrapperRef, presenting ? PRESENT_MAX_ZOOM : 1);
  const wiring = useWiring(graph, loss);
  const [wireFrom, setWireFrom] = useState<string | null>(null);
  const onKeyDown = useCanvasKeys({
    analysis,
    selectedWire,
    clearSelectedWire: () => setSelectedWire(null),
    focusLayer,
    openProperties: onOpenProperties,
    wireFrom,
    setWireFrom,
    connectLayers: wiring.connectLayers,
  });

  useEffect(() => {
    if (fitRequest > 0) frameNetwork();
  }, [fitRequest, frameNetwork]);

  // The nodes' and wires' words are in the page's language: a language change makes them again.
  const { t, i18n } = useTranslation('builder');
  const language = i18n.language;
  const nodes = useMemo(
    () => (language ? toFlowNodes(graph, analysis, selectedId, moving, measured, wireFrom) : []),
    [graph, analysis, selectedId, moving, measured, wireFrom, language],
  );
  const edges = useMemo(() => (language ? toFlowEdges(graph, selectedWire) : []), [graph, selectedWire, language]);

  useEffect(() => {
    if (revealRequest !== null) focusLayer(revealRequest.nodeId, { focus: revealRequest.focus, scrollPage: revealRequest.focus });
  }, [revealRequest, focusLayer]);

  const onNodesChange = useCallback(
    (changes: NodeChange<LayerFlowNode>[]) => {
      const sizes: Record<string, Size> = {};
      const positions: Record<string, Point> = {};
      let chosen: string | null | undefined;
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions) sizes[change.id] = change.dimensions;
        else if (change.type === 'position' && change.position && change.dragging) positions[change.id] = change.position;
        else if (change.type === 'select') chosen = change.selected ? change.id : (chosen ?? null);
      }
      if (Object.keys(sizes).length > 0) setMeasured((previous) => ({ ...previous, ...sizes }));
      if (Object.keys(positions).length > 0) setMoving((previous) => ({ ...previous, ...positions }));
      if (chosen !== undefined) selectNode(chosen);
      if (chosen) setSelectedWire(null);
    },
    [selectNode],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: LayerFlowNode, dragged: LayerFlowNode[]) => {
      const current = store.getState().graph;
      const next = moveLayers(current, Object.fromEntries(dragged.map((node) => [node.id, node.position])));
      if (next !== current) replaceGraph(next);
      setMoving({});
    },
    [store, replaceGraph],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<WireFlowEdge>[]) => {
    for (const change of changes) {
      if (change.type !== 'select') continue;
      setSelectedWire((current) => (change.selected ? change.id : current === change.id ? null : current));
    }
  }, []);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes(LAYER_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const type = droppedLayerType(event.dataTransfer.getData(LAYER_DRAG_TYPE));
    if (type === null) return;
    event.preventDefault();
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    placeLayerCommand(store, type, { x: point.x - DROP_OFFSET.x, y: point.y - DROP_OFFSET.y });
  };

  /** Focusing a layer (Tab, a click) selects it. */
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const element = event.target as HTMLElement;
    if (element.classList.contains('react-flow__node') && element.dataset.id) selectNode(element.dataset.id);
  };

  return (
    <div ref={wrapperRef} className="builder-canvas" onDragOver={onDragOver} onDrop={onDrop} onKeyDown={onKeyDown} onFocus={onFocus}>
      <p id={LAYER_KEYS_HINT_ID} hidden>
        {t('canvas.keysHint')}
      </p>
      <ViewOnScreen value={onScreen}>
        <ReactFlow<LayerFlowNode, WireFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={wiring.onConnect}
          onConnectEnd={wiring.onConnectEnd}
          isValidConnection={wiring.isValidConnection}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          disableKeyboardA11y
          panActivationKeyCode={null}
          snapToGrid
          snapGrid={[10, 10]}
          zoomOnScroll={false}
          preventScrolling={false}
          minZoom={0.2}
          maxZoom={1.5}
          colorMode="system"
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
          <Controls showFitView={false} showInteractive={false} orientation="horizontal" position="bottom-right" />
          <Panel position="bottom-center" className="builder-canvas__message-panel">
            <ConnectionHint
              graph={graph}
              loss={loss}
              refusal={wiring.refusal}
              onDismiss={wiring.dismissRefusal}
              wiringFrom={wireFrom === null ? null : (graph.nodes.find((node) => node.id === wireFrom)?.name ?? null)}
            />
          </Panel>
        </ReactFlow>
      </ViewOnScreen>
    </div>
  );
}
