// The preload bridge: one named function per API method on window.pizhu, and a subscription to
// the events main pushes. No generic invoke or send is exposed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, METHOD_NAMES, channelOf } from '../../shared/api/methods';

const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
for (const name of METHOD_NAMES) {
  const channel = channelOf(name);
  api[name] = (arg?: unknown) => ipcRenderer.invoke(channel, arg);
}

contextBridge.exposeInMainWorld('pizhu', Object.freeze(api));
contextBridge.exposeInMainWorld(
  'pizhuEvents',
  Object.freeze({
    subscribe(listener: (event: unknown) => void): () => void {
      const wrapped = (_e: IpcRendererEvent, event: unknown) => listener(event);
      ipcRenderer.on(EVENT_CHANNEL, wrapped);
      return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    },
  }),
);
