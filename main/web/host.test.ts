import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeServices } from '../services/node-services';
import { FILE_BODY_BYTES, SMALL_BODY_BYTES } from './body';
import { startWebHost, type WebHost } from './host';

let host: WebHost;
let services: ReturnType<typeof createNodeServices>;
let root: string;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'pizhu-host-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body>Pizhu</body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  services = createNodeServices({ mode: 'browser', configDir: join(root, 'config') });
  host = await startWebHost({ services, rendererDir });
});
afterEach(async () => {
  await host.close();
  services.session.close();
});

/** Does what the sign-in page's script does: trades the address's token for a session. */
async function signIn(origin = host.origin, token = host.token): Promise<{ cookie: string; apiKey: string }> {
  const res = await fetch(`${origin}/session`, { method: 'POST', body: JSON.stringify({ token }) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { value: { apiKey: string } };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, apiKey: body.value.apiKey };
}

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}/api/${name}`, { method: 'POST', headers, body: body === undefined ? '' : JSON.stringify(body) });
const bearer = (apiKey: string) => ({ Authorization: `Bearer ${apiKey}` });

/**
 * Sends a request head declaring `declared` body bytes, then `sent` bytes of it, and reports the
 * status line the host answered and how much the client managed to send before the host closed.
 */
function rawRequest(head: string, declared: number, sent: number): Promise<{ status: string; closed: boolean }> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', () => {
      // A reset after the answer is how the host drops a body it will not read.
    });
    socket.on('close', () => resolve({ status: answer.split('\r\n')[0] ?? '', closed: true }));
    socket.once('connect', () => {
      socket.write(`${head}\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${declared}\r\n\r\n`);
      socket.write(Buffer.alloc(sent, 0x61));
    });
    setTimeout(() => reject(new Error(`the host kept reading; answered so far: ${answer.split('\r\n')[0]}`)), 5000).unref();
  });
}

describe('signing in to the browser-mode host', () => {
  it('prints an address that carries the token only in its fragment', () => {
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(new URL(host.url).search).toBe('');
  });

  it('trades the token once for an HttpOnly, SameSite=Strict session; a second use is refused', async () => {
    const first = await fetch(`${host.origin}/session`, { method: 'POST', body: JSON.stringify({ token: host.token }) });
    expect(first.headers.get('set-cookie')).toMatch(/^pizhu_session=[^;]+; HttpOnly; SameSite=Strict; Path=\//);
    const again = await fetch(`${host.origin}/session`, { method: 'POST', body: JSON.stringify({ token: host.token }) });
    expect(again.status).toBe(403);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.json()).toMatchObject({ ok: false, error: { message: expect.stringContaining('每个地址只能登录一次') } });
  });

  it('refuses a wrong token and keeps the right one usable', async () => {
    const wrong = await fetch(`${host.origin}/session`, { method: 'POST', body: JSON.stringify({ token: 'nope' }) });
    expect(wrong.status).toBe(403);
    await signIn();
  });

  it('shows the sign-in page to a visitor without a session, and the app to one with it', async () => {
    const anonymous = await fetch(`${host.origin}/`);
    const signInHtml = await anonymous.text();
    expect(signInHtml).not.toContain('Pizhu</body>');
    expect((await fetch(`${host.origin}/assets/app.js`)).headers.get('content-type')).toMatch(/html/);
    expect(signInHtml).toContain('<script src="/sign-in.js" defer></script>');
    expect(signInHtml).not.toContain(host.token);
    const script = await fetch(`${host.origin}/sign-in.js`);
    expect(await script.text()).toContain('history.replaceState');

    const { cookie, apiKey } = await signIn();
    const page = await fetch(`${host.origin}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<meta name="pizhu-session" content="${apiKey}">`);
    expect(html).not.toContain(host.token);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const js = await fetch(`${host.origin}/assets/app.js`, { headers: { cookie } });
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });
});

describe('API calls in browser mode', () => {
  it('refuses a call without the session key, with the address token, or with the cookie alone', async () => {
    const none = await api('appInfo', undefined);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await api('appInfo', undefined, bearer(host.token))).status).toBe(401);
    const { cookie } = await signIn();
    expect((await api('appInfo', undefined, { cookie })).status).toBe(401);
  });

  it('answers a call that carries the session key', async () => {
    const { apiKey } = await signIn();
    const res = await api('appInfo', undefined, bearer(apiKey));
    expect(await res.json()).toMatchObject({ ok: true, value: { mode: 'browser' } });
  });

  it('validates arguments and leaves preferences unchanged on a bad one', async () => {
    const { apiKey } = await signIn();
    const bad = await (await api('setPreferences', { language: 'xx' }, bearer(apiKey))).json();
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const prefs = (await (await api('getPreferences', undefined, bearer(apiKey))).json()) as { value: { language: string } };
    expect(prefs.value.language).toBe('zh-CN');
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const { apiKey } = await signIn();
    const status = await new Promise<number>((resolve, reject) => {
      const { port } = new URL(host.origin);
      const req = request({ host: '127.0.0.1', port, path: '/api/appInfo', method: 'POST', headers: { Host: `evil.example:${port}`, ...bearer(apiKey) } }, (res) =>
        resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe('request bodies and addresses the host will not take', () => {
  it('answers an unauthenticated 2 GB upload with 401 and closes without reading it', async () => {
    const answer = await rawRequest('POST /api/importPreview HTTP/1.1', 2 * 1024 ** 3, 1024 * 1024);
    expect(answer.status).toBe('HTTP/1.1 401 Unauthorized');
  });

  it('answers a call declaring more than its method allows with 413, before reading it', async () => {
    const { apiKey } = await signIn();
    const small = await rawRequest(`POST /api/getPreferences HTTP/1.1\r\nAuthorization: Bearer ${apiKey}`, SMALL_BODY_BYTES + 1, 64 * 1024);
    expect(small.status).toBe('HTTP/1.1 413 Payload Too Large');
    const file = await rawRequest(`POST /api/importPreview HTTP/1.1\r\nAuthorization: Bearer ${apiKey}`, 150 * 1024 * 1024, 1024 * 1024);
    expect(file.status).toBe('HTTP/1.1 413 Payload Too Large');
  });

  it('stops reading a chunked body once it passes the limit, and says so in the UI language', async () => {
    const { apiKey } = await signIn();
    let sent = 0;
    const res = await fetch(`${host.origin}/api/addTag`, {
      method: 'POST',
      headers: bearer(apiKey),
      // Far past the limit, but bounded, so a host that kept reading shows up as a finished upload.
      body: new ReadableStream({
        pull(controller) {
          if (sent++ < 64) controller.enqueue(new Uint8Array(1024 * 1024));
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit).catch((err: unknown) => err);
    // Either the 413 arrives or the host cut the upload off; it never waits for an endless body.
    if (res instanceof Response) {
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('请求太大（超过 8 MB）') } });
    } else expect(String(res)).toMatch(/fetch failed|terminated|reset|socket/i);
    expect(sent).toBeLessThan(64);
  });

  it('leaves room for a 50 MB file in the methods that carry one', () => {
    expect(FILE_BODY_BYTES).toBeGreaterThan(Math.ceil((50 * 1024 * 1024 * 4) / 3));
    expect(SMALL_BODY_BYTES).toBeLessThan(FILE_BODY_BYTES);
  });

  it('answers a malformed percent-escape with 400 and no internals', async () => {
    const { cookie } = await signIn();
    for (const path of ['/%E0%A4%A', '/api/%E0%A4%A', `/${'a'.repeat(5000)}`, '/a%00b']) {
      const res = await fetch(`${host.origin}${path}`, { headers: { cookie } });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).toBe('无法识别的请求地址。请使用「pizhu web」打印的地址。');
      expect(text).not.toMatch(/URIError|Error|at /);
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    const { cookie } = await signIn();
    const res = await fetch(`${host.origin}/..%2fsecret.txt`, { headers: { cookie } });
    expect(await res.text()).not.toContain('outside');
  });
});

describe('project assets in browser mode', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a0e0c70000000049454e44ae426082', 'hex');

  it('streams an image with its type, only with the session', async () => {
    services.prefs.update({ authorName: '张编辑' });
    services.session.create(join(root, 'p.pizhu'), '资产');
    const meta = services.session.current().putAsset(png, { mime: 'image/png', width: 1, height: 1 });
    const url = `${host.origin}/asset/${meta.hash}`;
    expect((await fetch(url)).status).toBe(401);
    const { cookie } = await signIn();
    const res = await fetch(url, { headers: { cookie } });
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    expect((await fetch(`${host.origin}/asset/${'0'.repeat(64)}`, { headers: { cookie } })).status).toBe(404);
  });

  it('hands an imported original .html out only as a sandboxed download, never as a page', async () => {
    services.prefs.update({ authorName: '张编辑' });
    services.session.create(join(root, 'p.pizhu'), '原件');
    const { cookie, apiKey } = await signIn();
    const html = '<html><head><meta http-equiv="refresh" content="0;url=https://evil.example/"></head><body><p>一段正文。</p></body></html>';
    const imported = await api(
      'importCommit',
      { source: { kind: 'file', fileName: '文章.html', bytes: { $bytes: Buffer.from(html).toString('base64') } } },
      bearer(apiKey),
    );
    const article = ((await imported.json()) as { ok: boolean; value: { originalAssetHash: string } }).value;
    const res = await fetch(`${host.origin}/asset/${article.originalAssetHash}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe('attachment');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/(^|, )sandbox$/);
    expect(await res.text()).toBe(html);
  });
});

describe('pizhu web', () => {
  it('removes its project lock when stopped by SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pizhu-web-stop-'));
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const child = spawn(process.execPath, ['bin/pizhu.mjs', 'web', '--json', '--renderer', join(dir, 'renderer')], {
      env: { ...process.env, PIZHU_CONFIG_DIR: join(dir, 'config') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      let out = '';
      const printed = await new Promise<{ url: string; origin: string }>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          try {
            resolve(JSON.parse(out));
          } catch {
            // Not all of the JSON has arrived yet.
          }
        });
        child.once('exit', (code) => reject(new Error(`pizhu web exited with ${code}`)));
      });
      const token = new URLSearchParams(new URL(printed.url).hash.slice(1)).get('token')!;
      const { apiKey } = await signIn(printed.origin, token);
      const call = (name: string, arg: unknown) =>
        fetch(`${printed.origin}/api/${name}`, { method: 'POST', headers: bearer(apiKey), body: JSON.stringify(arg) }).then((r) => r.json());
      await call('setPreferences', { authorName: '张编辑' });
      const projectPath = join(dir, '稿件.pizhu');
      expect(await call('projectNew', { path: projectPath, title: '稿件' })).toMatchObject({ ok: true });
      expect(existsSync(`${projectPath}.lock`)).toBe(true);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(`${projectPath}.lock`)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});
