// The renderer's one way to reach the services. Chosen once at start: the preload bridge in
// Electron, or HTTP to the loopback host in browser mode (with the session's API key, which the
// host puts in the page once the address's one-time token has been traded for a session cookie).
// Everything above this module is the same in both.
import type { PizhuApi } from '../../../shared/api/contract';
import { METHOD_NAMES } from '../../../shared/api/methods';
import { fromWire, toWire } from '../../../shared/api/wire';
import type { Result } from '../../../shared/api/result';
import type { AppEvent } from '../../../shared/menu';

declare global {
  interface Window {
    pizhu?: PizhuApi;
    pizhuEvents?: { subscribe(listener: (event: AppEvent) => void): () => void };
  }
}

export type Transport = 'ipc' | 'http';

export interface Client {
  api: PizhuApi;
  transport: Transport;
  /** Events pushed by main (menu commands, files opened from the OS); none in browser mode. */
  subscribe(listener: (event: AppEvent) => void): () => void;
}

export function createClient(): Client {
  if (window.pizhu) {
    const events = window.pizhuEvents;
    return { api: window.pizhu, transport: 'ipc', subscribe: (l) => events?.subscribe(l) ?? (() => {}) };
  }
  // Signed in already (the session cookie loaded this page): the printed address, opened again in
  // the same browser, must not leave its token in the address bar or history.
  const cleanAddress = () => {
    if (location.hash.startsWith('#token=')) history.replaceState(null, '', location.pathname + location.search);
  };
  cleanAddress();
  window.addEventListener('hashchange', cleanAddress);
  const apiKey = document.querySelector<HTMLMetaElement>('meta[name="pizhu-session"]')?.content ?? '';
  const api = {} as Record<string, (arg?: unknown) => Promise<Result<unknown>>>;
  for (const name of METHOD_NAMES) {
    api[name] = async (arg?: unknown) => {
      try {
        const res = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
          body: arg === undefined ? '' : toWire(arg),
        });
        return fromWire(await res.text()) as Result<unknown>;
      } catch (err) {
        return { ok: false, error: { code: 'io', message: String(err) } };
      }
    };
  }
  return { api: api as unknown as PizhuApi, transport: 'http', subscribe: () => () => {} };
}
