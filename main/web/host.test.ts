import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeServices } from '../services/node-services';
import { startWebHost, type WebHost } from './host';

let host: WebHost;

beforeEach(async () => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-host-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body>Pizhu</body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  const services = createNodeServices({ mode: 'browser', configDir: join(root, 'config') });
  host = await startWebHost({ services, rendererDir });
});
afterEach(() => host.close());

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}/api/${name}`, { method: 'POST', headers, body: body === undefined ? '' : JSON.stringify(body) });
const auth = () => ({ Authorization: `Bearer ${host.token}` });

describe('the browser-mode host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });

  it('refuses an API call without the token, and one with a wrong token', async () => {
    const none = await api('appInfo', undefined);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await api('appInfo', undefined, { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
  });

  it('answers an API call that carries the token', async () => {
    const res = await api('appInfo', undefined, auth());
    expect(await res.json()).toMatchObject({ ok: true, value: { mode: 'browser' } });
  });

  it('validates arguments and leaves preferences unchanged on a bad one', async () => {
    const bad = await (await api('setPreferences', { language: 'xx' }, auth())).json();
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const prefs = (await (await api('getPreferences', undefined, auth())).json()) as { value: { language: string } };
    expect(prefs.value.language).toBe('zh-CN');
  });

  it('refuses pages without the token, and serves them once the printed URL set the cookie', async () => {
    expect((await fetch(`${host.origin}/`)).status).toBe(401);
    const first = await fetch(host.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly/);
    const page = await fetch(`${host.origin}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<meta name="pizhu-token" content="${host.token}">`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const js = await fetch(`${host.origin}/assets/app.js`, { headers: { cookie } });
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('does not accept the cookie alone for API calls', async () => {
    const res = await api('appInfo', undefined, { cookie: `pizhu_token=${host.token}` });
    expect(res.status).toBe(401);
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const { port } = new URL(host.origin);
      const req = request({ host: '127.0.0.1', port, path: '/api/appInfo', method: 'POST', headers: { Host: `evil.example:${port}`, ...auth() } }, (res) =>
        resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('never serves a file outside the renderer folder', async () => {
    const res = await fetch(`${host.origin}/..%2fsecret.txt`, { headers: auth() });
    expect(await res.text()).not.toContain('outside');
  });
});

describe('project assets in browser mode', () => {
  it('streams an asset of the open project with its mime type, only with the token', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pizhu-host-asset-'));
    const rendererDir = join(root, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const services = createNodeServices({ mode: 'browser', configDir: join(root, 'config') });
    services.prefs.update({ authorName: '张编辑' });
    services.session.create(join(root, 'p.pizhu'), '资产');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a0e0c70000000049454e44ae426082', 'hex');
    const meta = services.session.current().putAsset(png, { mime: 'image/png', width: 1, height: 1 });
    const assetHost = await startWebHost({ services, rendererDir });
    try {
      const url = `${assetHost.origin}/asset/${meta.hash}`;
      expect((await fetch(url)).status).toBe(401);
      const res = await fetch(url, { headers: { Authorization: `Bearer ${assetHost.token}` } });
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
      const missing = await fetch(`${assetHost.origin}/asset/${'0'.repeat(64)}`, { headers: { Authorization: `Bearer ${assetHost.token}` } });
      expect(missing.status).toBe(404);
    } finally {
      await assetHost.close();
      services.session.close();
    }
  });
});
