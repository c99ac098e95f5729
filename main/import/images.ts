// Images that travel inside an article file (data: URIs in HTML and Markdown, pictures in a
// .docx). They are kept content-addressed by SHA-256 so the store can save each once and
// figure blocks can point at them by hash.
import { createHash } from 'node:crypto';

export interface EmbeddedImage {
  hash: string;
  mime: string;
  bytes: Uint8Array;
}

const DATA_URI = /^data:(image\/[\w.+-]+)(?:;[\w-]+=[^;,]*)*;base64,([\s\S]*)$/i;

export class EmbeddedImages {
  private readonly byHash = new Map<string, EmbeddedImage>();
  /** How many data: images could not be decoded (reported as a warning). */
  unreadable = 0;

  /** Stores the image of a base64 data: URI; returns its hash, or undefined if unreadable. */
  addDataUri(uri: string): string | undefined {
    const m = DATA_URI.exec(uri.trim());
    const payload = m?.[2]?.replace(/\s+/g, '');
    if (!m || !payload || !/^[A-Za-z0-9+/]+=*$/.test(payload)) {
      this.unreadable++;
      return undefined;
    }
    return this.add(m[1]!.toLowerCase(), new Uint8Array(Buffer.from(payload, 'base64')));
  }

  add(mime: string, bytes: Uint8Array): string {
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (!this.byHash.has(hash)) this.byHash.set(hash, { hash, mime, bytes });
    return hash;
  }

  list(): EmbeddedImage[] {
    return [...this.byHash.values()];
  }
}

export const isDataUri = (src: string): boolean => /^\s*data:/i.test(src);
