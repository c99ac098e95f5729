// Browser mode: the built renderer and the API methods behind a loopback HTTP host. It binds to
// 127.0.0.1 only, on a random port, and refuses every request that lacks the per-run token
// (a bearer header for API calls; a cookie, set by the printed URL, for pages and assets).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { fromWire, toWire } from '../../shared/api/wire';
import { errorForUser } from '../services/user-error';
import { translate } from '../../shared/i18n';
import { dispatch } from '../services/dispatch';
import type { AppServices } from '../services/app-services';

export interface WebHost {
  /** The URL to open: carries the token once, which the host trades for a cookie. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  services: AppServices;
  rendererDir: string;
  port?: number;
  token?: string;
}

const COOKIE = 'pizhu_token';
const MAX_BODY = 200 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const indexPath = join(opts.rendererDir, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`No built renderer at ${opts.rendererDir}; run \`npm run build\` first.`);
  }
  const tokenBytes = Buffer.from(token);
  const matches = (candidate: string | undefined): boolean => {
    if (!candidate) return false;
    const b = Buffer.from(candidate);
    return b.length === tokenBytes.length && timingSafeEqual(b, tokenBytes);
  };

  let origin = '';
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // Worded like any API error, in the language of the moment: no raw system message.
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', errorForUser(err, opts.services.language()).message);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    // A page elsewhere that resolves its own name to 127.0.0.1 must not reach us.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'wrong host');

    const queryToken = url.searchParams.get('token') ?? undefined;
    if (req.method === 'GET' && matches(queryToken)) {
      res.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return void res.end();
    }

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (url.pathname.startsWith('/api/')) {
      if (!matches(bearer)) return sendJson(res, 401, unauthorized());
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req);
      let arg: unknown;
      try {
        arg = body.length === 0 ? undefined : fromWire(body.toString('utf8'));
      } catch {
        arg = Symbol('unparsable');
      }
      const result = await dispatch(opts.services.handlers, name, arg, opts.services.language(), opts.services.takeChanges);
      return sendJson(res, 200, result);
    }

    if (!matches(bearer) && !matches(cookieToken(req))) {
      return send(res, 401, 'text/plain; charset=utf-8', translate(opts.services.language(), 'error.unauthorized'));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    const asset = /^\/asset\/([0-9a-f]{64})$/.exec(url.pathname);
    if (asset) return serveAsset(asset[1]!, res);
    return serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const file = join(opts.rendererDir, rel);
    const inside = file === opts.rendererDir || file.startsWith(opts.rendererDir + sep);
    if (!inside || rel === '' || !existsSync(file) || !statSync(file).isFile()) {
      // Client-side routes fall back to the app shell.
      const html = readFileSync(indexPath, 'utf8').replace(
        '</head>',
        `<meta name="pizhu-token" content="${token}"></head>`,
      );
      return send(res, 200, MIME['.html']!, html, { 'Cache-Control': 'no-store' });
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      ...securityHeaders(),
    });
    createReadStream(file).pipe(res);
  }

  /** A project asset (screenshot, original file), streamed with its mime type. */
  function serveAsset(hash: string, res: ServerResponse): void {
    let meta;
    let stream;
    try {
      const store = opts.services.session.current();
      meta = store.assetMeta(hash);
      stream = store.streamAsset(hash);
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
    res.writeHead(200, {
      'Content-Type': meta.mime,
      'Content-Length': String(meta.bytes),
      'Cache-Control': 'private, max-age=31536000, immutable',
      ...securityHeaders(),
    });
    stream.pipe(res);
  }

  const unauthorized = () => ({
    ok: false,
    error: { code: 'unauthorized', message: translate(opts.services.language(), 'error.unauthorized') },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...securityHeaders(), ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', toWire(value), { 'Cache-Control': 'no-store' });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
