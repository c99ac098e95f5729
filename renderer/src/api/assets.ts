// URLs for project assets (screenshots, thumbnails): the pizhu-asset:// protocol in Electron, the
// host's authenticated /asset/ route in browser mode. Images load by URL, never as base64.
import type { Transport } from './client';

export const assetUrl = (transport: Transport, hash: string): string =>
  transport === 'ipc' ? `pizhu-asset://asset/${hash}` : `/asset/${hash}`;
