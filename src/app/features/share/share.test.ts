import { describe, expect, it, vi } from 'vitest';
import { DOCUMENT_VERSION, decodeDocumentFromUrl, documentInHash, restoreDocument } from '../../../core/document';
import { analyzeNetwork } from '../../../core/network/analyze';
import { createAppStore } from '../../store/appStore';
import { describeAlert } from '../training/describeAlert';
import { followDocumentLinks, linkTo, openDocumentInHash, type LinkPage } from './documentLinks';
import { importNetworkFile, networkFileName, networkFileText } from './networkFile';
import { currentDocument, openRestored } from './openDocument';
import { describeDocumentEvent } from './shareText';

/** A store holding an edited LeNet-5 with settings other than the defaults. */
function editedStore() {
  const store = createAppStore();
  const state = store.getState();
  state.setPreset('lenet5');
  state.chooseOptimizer('rmsprop');
  state.setSettingText('learningRate', '0.003');
  state.setSettingText('batchSize', '32');
  state.setSetting('backend', 'wasm');
  state.setNetworkName('My LeNet');
  return store;
}

/** A page whose hash can change, as the browser's window does. */
function fakePage(hash: string): LinkPage & { navigate: (next: string) => void } {
  const listeners = new Set<() => void>();
  const page = {
    location: { hash },
    addEventListener: (_type: 'hashchange', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'hashchange', listener: () => void) => listeners.delete(listener),
    navigate: (next: string) => {
      page.location.hash = next;
      for (const listener of listeners) listener();
    },
  };
  return page;
}

describe('sharing a network', () => {
  it('a link keeps the query, and opening it in a fresh store gives the same network and settings', async () => {
    const source = editedStore();
    const link = await linkTo(currentDocument(source.getState()), 'https://example.org/app/?backend=wasm&hide=builder#old');
    const url = new URL(link);
    expect(url.search).toBe('?backend=wasm&hide=builder');

    const target = createAppStore();
    expect(await openDocumentInHash(target, url.hash)).toBe(true);
    const opened = target.getState();
    expect(opened.graph).toEqual(source.getState().graph);
    expect(opened.networkName).toBe('My LeNet');
    const { backend: _sourceBackend, ...settings } = source.getState().settings;
    expect(opened.settings).toEqual({ ...settings, backend: 'auto' });
    const notice = opened.notices[0];
    expect(notice.kind === 'document' && describeDocumentEvent(notice.event)).toBe('Opened “My LeNet” from the link. Undo brings your previous network back.');
  });

  it('opens the link on start and whenever the hash changes; Undo brings the previous network back', async () => {
    const store = createAppStore();
    const before = store.getState().graph;
    const lenetLink = new URL(await linkTo(currentDocument(editedStore().getState()), 'https://example.org/')).hash;
    const page = fakePage(lenetLink);
    const stop = followDocumentLinks(store, page);
    const params = () => analyzeNetwork(store.getState().graph, 'categoricalCrossentropy').trainableParams;
    await vi.waitFor(() => expect(params()).toBe(61_706));
    store.getState().undo();
    expect(store.getState().graph).toBe(before);

    page.navigate('#elsewhere');
    page.navigate(lenetLink);
    await vi.waitFor(() => expect(params()).toBe(61_706));
    stop();
    store.getState().undo();
    page.navigate(lenetLink);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().graph).toBe(before);
  });

  it('a damaged link raises an alert naming the problem and changes nothing', async () => {
    const store = createAppStore();
    const { graph, settings } = store.getState();
    expect(await openDocumentInHash(store, '#doc=this-is-not-a-network')).toBe(false);
    const state = store.getState();
    expect(state.graph).toBe(graph);
    expect(state.settings).toBe(settings);
    expect(state.undoStack).toEqual([]);
    const text = describeAlert(state.alerts[0]);
    expect(text.title).toBe('The link is damaged');
    expect(text.detail).toMatch(/network part of the link/);
    expect(text.action).toMatch(/unchanged/);
  });

  it('ignores hashes that carry no document', async () => {
    const store = createAppStore();
    expect(await openDocumentInHash(store, '#learning-views')).toBeNull();
    expect(store.getState().alerts).toEqual([]);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('network files', () => {
  const file = (text: string, name = 'network.json') => Object.assign(new Blob([text]), { name });

  it('export then import gives the same network and settings', async () => {
    const source = editedStore();
    const text = networkFileText(currentDocument(source.getState()));
    const target = createAppStore();
    expect(await importNetworkFile(target, file(text))).toBe(true);
    expect(currentDocument(target.getState())).toEqual(currentDocument(source.getState()));
  });

  it.each([
    ['a truncated file', (text: string) => text.slice(0, text.length / 2), 'This file is not a Neural Playground network', /not valid JSON/],
    ['JSON that is no network', () => '{"name": "my-package", "version": "1.0.0"}', 'This file is not a Neural Playground network', /no "format"/],
    ['a file from a newer version', (text: string) => text.replace(`"version": ${DOCUMENT_VERSION}`, '"version": 9'), 'This network needs a newer Neural Playground', /version 9/],
  ])('%s raises an alert and changes nothing', async (_label, damage, title, detail) => {
    const store = createAppStore();
    const before = { graph: store.getState().graph, settings: store.getState().settings };
    const text = damage(networkFileText(currentDocument(editedStore().getState())));
    expect(await importNetworkFile(store, file(text, 'lesson.json'))).toBe(false);
    expect({ graph: store.getState().graph, settings: store.getState().settings }).toEqual(before);
    const words = describeAlert(store.getState().alerts[0]);
    expect(words.title).toBe(title);
    expect(words.detail).toMatch(/^“lesson.json”: /);
    expect(words.detail).toMatch(detail);
  });

  it('lays out a document without positions with the auto layout: two branches side by side', () => {
    const store = createAppStore();
    const node = (id: string, type: string, params = {}) => ({ id, type, name: id, params });
    const wire = (source: string, target: string) => ({ source, target });
    const result = restoreDocument({
      format: 'neural-playground',
      version: 2,
      graph: {
        nodes: [node('input', 'input'), node('flat', 'flatten'), node('a', 'dense'), node('b', 'dense'), node('join', 'concatenate'), node('out', 'dense', { units: 10, activation: 'softmax' })],
        edges: [wire('input', 'flat'), wire('flat', 'a'), wire('flat', 'b'), wire('a', 'join'), wire('b', 'join'), wire('join', 'out')],
      },
    });
    expect(openRestored(store, result, 'file')).toBe(true);
    const at = (id: string) => store.getState().graph.nodes.find((n) => n.id === id)?.position;
    expect(at('a')?.y).toBe(at('b')?.y);
    expect(at('a')?.x).not.toBe(at('b')?.x);
  });

  it('names files after the network, keeping only safe characters', () => {
    expect(networkFileName('My LeNet', 'LeNet-5')).toBe('My LeNet.json');
    expect(networkFileName('', 'LeNet-5')).toBe('LeNet-5.json');
    expect(networkFileName('<img src=x onerror=alert(1)>', 'x')).toBe('img src-x onerror-alert-1.json');
    expect(networkFileName('../../etc/passwd', 'x')).toBe('etc-passwd.json');
    expect(networkFileName('***', '')).toBe('network.json');
  });

  it('writes files that the link decoder and restore read the same way', async () => {
    const document = currentDocument(editedStore().getState());
    const fromFile = restoreDocument(networkFileText(document));
    const fromLink = decodeDocumentFromUrl(documentInHash(new URL(await linkTo(document, 'https://x.org/')).hash) ?? '');
    expect(fromFile).toEqual(fromLink);
    expect(fromFile.ok && fromFile.document).toEqual(document);
  });
});
