// Browser mode: the built renderer and the API methods behind a loopback HTTP host. It binds to
// 127.0.0.1 only, on a random port. The printed address signs in once (sign-in.ts); after that,
// pages and assets need the session cookie and API calls the session's bearer key. A page
// request without the session gets the sign-in page; an API call or asset request without it is
// answered 401 and its connection closed, its body never read. Bodies are limited per method
// (body.ts); a URL the host cannot decode gets 400.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { fromWire, toWire } from '../../shared/api/wire';
import { fail, type ErrorCode } from '../../shared/api/result';
import { errorForUser } from '../services/user-error';
import { assetHeaders } from '../services/asset-headers';
import { translate } from '../../shared/i18n';
import { dispatch } from '../services/dispatch';
import type { AppServices } from '../services/app-services';
import { BodyTooLarge, bodyLimit, declaredTooLarge, readBody, SIGN_IN_BODY_BYTES } from './body';
import { SESSION_PATH, SIGN_IN_SCRIPT, SIGN_IN_SCRIPT_PATH, SignIn, sessionCookieHeader, signInPage } from './sign-in';

export interface WebHost {
  /** The address to open: carries the one-time token in its fragment. */
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

/** Longer request targets are no address the app makes. */
const MAX_URL_LENGTH = 4096;
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
  const signIn = new SignIn(token);
  const lang = () => opts.services.language();
  const errorJson = (code: ErrorCode, key: string, vars: Record<string, string | number> = {}) => fail(code, translate(lang(), key, vars));

  let origin = '';
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof BodyTooLarge) {
        return refuse(req, res, 413, 'application/json; charset=utf-8', toWire(errorJson('bad-input', 'error.too-large', { limit: Math.round(err.limit / 1024 / 1024) })));
      }
      // Worded like any API error, in the language of the moment: no raw system message.
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', errorForUser(err, lang()).message);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A page elsewhere that resolves its own name to 127.0.0.1 must not reach us.
    if (req.headers.host !== new URL(origin).host) return refuse(req, res, 421, 'text/plain', 'wrong host');
    const path = requestPath(req.url);
    if (path === undefined) return refuse(req, res, 400, 'text/plain; charset=utf-8', translate(lang(), 'error.bad-request'));

    if (path.startsWith('/api/')) {
      if (!signIn.hasApiKey(req)) return refuse(req, res, 401, 'application/json; charset=utf-8', toWire(errorJson('unauthorized', 'error.unauthorized')));
      if (req.method !== 'POST') return refuse(req, res, 405, 'text/plain', 'POST only');
      const name = path.slice('/api/'.length);
      const limit = bodyLimit(name);
      if (declaredTooLarge(req, limit)) throw new BodyTooLarge(limit);
      const body = await readBody(req, limit);
      let arg: unknown;
      try {
        arg = body.length === 0 ? undefined : fromWire(body.toString('utf8'));
      } catch {
        arg = Symbol('unparsable');
      }
      const result = await dispatch(opts.services.handlers, name, arg, lang(), opts.services.takeChanges);
      return sendJson(res, 200, result);
    }

    if (path === SESSION_PATH && req.method === 'POST') return exchange(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 405, 'text/plain', 'GET only');
    if (path === SIGN_IN_SCRIPT_PATH) return send(res, 200, MIME['.js']!, SIGN_IN_SCRIPT, { 'Cache-Control': 'no-store' });
    // The sign-in page holds no secret; it is a page like any other (a 401 would be reported
    // as a failed load in the console), and nothing else is served without the session.
    if (!signIn.hasCookie(req)) {
      if (path.startsWith('/asset/')) return refuse(req, res, 401, 'text/plain; charset=utf-8', translate(lang(), 'error.unauthorized'));
      return send(res, 200, MIME['.html']!, signInPage(lang()), { 'Cache-Control': 'no-store' });
    }
    const asset = /^\/asset\/([0-9a-f]{64})$/.exec(path);
    if (asset) return serveAsset(asset[1]!, res);
    return serveStatic(path, res);
  }

  /** Trades the address's token, once, for the session cookie and API key. */
  async function exchange(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (declaredTooLarge(req, SIGN_IN_BODY_BYTES)) throw new BodyTooLarge(SIGN_IN_BODY_BYTES);
    let candidate: unknown;
    try {
      candidate = (JSON.parse((await readBody(req, SIGN_IN_BODY_BYTES)).toString('utf8')) as { token?: unknown }).token;
    } catch (err) {
      if (err instanceof BodyTooLarge) throw err;
    }
    const session = signIn.exchange(candidate);
    if (!session) return sendJson(res, 403, errorJson('unauthorized', 'web.refused'));
    return sendJson(res, 200, { ok: true, value: { apiKey: session.apiKey } }, { 'Set-Cookie': sessionCookieHeader(session) });
  }

  function serveStatic(path: string, res: ServerResponse): void {
    const rel = normalize(path).replace(/^([/\\])+/, '');
    const file = join(opts.rendererDir, rel);
    const inside = file === opts.rendererDir || file.startsWith(opts.rendererDir + sep);
    if (!inside || rel === '' || !existsSync(file) || !statSync(file).isFile()) {
      // Client-side routes fall back to the app shell, which carries the session's API key.
      const html = readFileSync(indexPath, 'utf8').replace('</head>', `<meta name="pizhu-session" content="${signIn.apiKey}"></head>`);
      return send(res, 200, MIME['.html']!, html, { 'Cache-Control': 'no-store' });
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      ...securityHeaders(),
    });
    createReadStream(file).pipe(res);
  }

  /** A project asset: images with their type, anything else as a sandboxed download. */
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
    res.writeHead(200, { ...securityHeaders(), ...assetHeaders(meta) });
    stream.pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The decoded path of a request target, or undefined for one no page of ours would ask for. */
function requestPath(target: string | undefined): string | undefined {
  if (!target || target.length > MAX_URL_LENGTH || !target.startsWith('/') || target.startsWith('//')) return undefined;
  try {
    const path = decodeURIComponent(target.split(/[?#]/, 1)[0]!);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
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

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', toWire(value), { 'Cache-Control': 'no-store', ...extra });
}

/** Answers and closes the connection: whatever body the request still has is never read. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  req.pause();
  res.on('finish', () => req.socket.destroy());
  send(res, status, type, body, { Connection: 'close' });
}
