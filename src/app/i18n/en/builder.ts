// English words of the network builder and the network table.

/** Words of the builder: palette, toolbar, canvas, properties, totals, problems, layer cards. */
export const builder = {
  title: 'Network builder',
  undo: 'Undo',
  undoTitle: 'Undo the last change ({{mod}}Z)',
  redo: 'Redo',
  redoTitle: 'Redo ({{mod}}Shift+Z)',
  deleteLayer: 'Delete layer',
  deleteTitle: 'Delete the selected layer and join its input to its outputs (Delete)',
  palette: {
    heading: 'Add a layer',
    hint: 'Click to insert after the selected layer; drag to place anywhere.',
    groups: { core: 'Core', convolution: 'Convolution', shape: 'Shape', merge: 'Merge' },
    itemTitle: '{{description}} Click to insert after the selected layer; drag to place anywhere.',
    add: 'Add {{label}} layer',
  },
  canvas: {
    autoLayout: 'Auto layout',
    autoLayoutTitle: 'Arrange the layers by depth, top to bottom, in columns side by side',
    fitView: 'Fit view',
    fitViewTitle: 'Show the whole network as large as it fits',
    dismissWire: 'Dismiss wire message',
    keysHint:
      "Arrow keys move between layers, Enter edits the layer's properties, Delete removes it. W starts a wire from this layer, W on another layer ends it there, Escape cancels. With a mouse, drag from the bottom handle to another layer's top handle.",
    wiringFrom: 'Wiring from {{name}}: move to another layer and press W to connect, Escape to cancel.',
    layer: 'Layer {{name}}',
    wire: 'Wire from {{source}} to {{target}}',
  },
  /** The network learning on the canvas. */
  live: {
    featureMap: '{{name}} feature map {{number}}',
    activations: '{{name}} activations',
    normTitle: "Norm of the loss gradient of this layer's weights, last measured batch",
    legend: "Wire width: gradient size of the layer it feeds · ∇: a layer's gradient norm · pictures: its output for test image {{index}}",
    before: 'Train or Step: each layer then shows its output for a test image and its gradient; wires grow with the gradient.',
  },
  card: {
    outputShape: 'Output shape per image',
    params_one: '{{n}} param',
    params_other: '{{n}} params',
    output: 'output',
  },
  properties: {
    heading: 'Properties',
    empty: 'Select a layer on the canvas to see what it computes and change its settings. With nothing selected, new layers go just before the output.',
    outputShape: 'Output shape',
    parameters: 'Parameters',
    noSettings: 'This layer has no settings.',
    enterSizes: 'Enter sizes such as 7, 7, 16.',
    enterNumber: 'Enter a number.',
    range: '{{min}} to {{max}}',
    outOfRange: 'Out of range: allowed {{range}}.',
  },
  totals: {
    parameters: 'Parameters',
    batchNormStatistics: '+ {{count}} BatchNorm statistics',
    knownShapesOnly: 'layers with known shapes only',
    flops: 'FLOPs per image',
    flopsTitle: '{{count}} floating-point operations for one forward pass',
    memory: 'Training memory',
    memoryParts: 'weights, gradients and activations for a batch of {{batch}}',
    memoryPartsState: 'weights, gradients, {{optimizer}} state and activations for a batch of {{batch}}',
    memoryUnknown: 'known once every layer has a shape',
  },
  issues: {
    ok: 'No problems in the network: it can be trained.',
    count_one: '{{n}} problem to fix before training:',
    count_other: '{{n}} problems to fix before training:',
    goTo: 'Go to {{name}}',
  },
  summary: {
    input: '28×28 grayscale image',
    dense: '{{units}} units, {{activation}}',
    conv: '{{filters}} filters {{window}}, stride {{strides}}, {{padding}}, {{activation}}',
    pool: '{{window}} window, stride {{strides}}, {{padding}}',
    dropout: 'rate {{rate}}',
    batchNorm: 'momentum {{momentum}}',
    reshape: 'to {{shape}}',
  },
};

/** Words of the read-only network table. */
export const network = {
  title: 'Network',
  layers_one: '{{n}} layer',
  layers_other: '{{n}} layers',
  layer: 'Layer',
  type: 'Type',
  settings: 'Settings',
  outputShape: 'Output shape',
  parameters: 'Parameters',
  trainable: 'Trainable parameters',
  nonTrainable: 'Non-trainable (BatchNorm running statistics)',
};
