// Browser mode's sign-in: the address `pizhu web` prints carries a one-time token in its
// fragment (never sent to a server, never in a Referer). A small page script trades it once, by
// POST, for a session cookie and a per-session API key, and cleans the address so history keeps
// no token. A second use of the same token is refused.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';

export const SESSION_COOKIE = 'pizhu_session';
/** The one script the host serves without a session: it holds no secret. */
export const SIGN_IN_SCRIPT_PATH = '/sign-in.js';
export const SESSION_PATH = '/session';

export interface Session {
  /** The HttpOnly cookie's value: lets pages and assets load. */
  cookie: string;
  /** Sent by the renderer as a bearer header on API calls (a cookie alone is not enough). */
  apiKey: string;
}

export class SignIn {
  private readonly token: Buffer;
  private session: Session | undefined;

  constructor(token: string) {
    this.token = Buffer.from(token);
  }

  /** The session for a correct, unused token; undefined once the token has been traded. */
  exchange(candidate: unknown): Session | undefined {
    if (this.session || typeof candidate !== 'string' || !same(Buffer.from(candidate), this.token)) return undefined;
    this.session = { cookie: randomBytes(32).toString('base64url'), apiKey: randomBytes(32).toString('base64url') };
    return this.session;
  }

  hasCookie(req: IncomingMessage): boolean {
    const value = cookieValue(req, SESSION_COOKIE);
    return Boolean(this.session && value && same(Buffer.from(value), Buffer.from(this.session.cookie)));
  }

  hasApiKey(req: IncomingMessage): boolean {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return Boolean(this.session && bearer && same(Buffer.from(bearer), Buffer.from(this.session.apiKey)));
  }

  get apiKey(): string | undefined {
    return this.session?.apiKey;
  }
}

export function sessionCookieHeader(session: Session): string {
  return `${SESSION_COOKIE}=${session.cookie}; HttpOnly; SameSite=Strict; Path=/`;
}

function same(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page every request without a session gets: it runs the sign-in script. */
export function signInPage(lang: Language): string {
  const t = (key: string) => escape(translate(lang, key));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('web.signInTitle')}</title>
<script src="${SIGN_IN_SCRIPT_PATH}" defer></script>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:36em;margin:15vh auto;padding:0 1em;color:#222}</style>
</head>
<body>
<main>
<p id="signing-in">${t('web.signingIn')}</p>
<p id="refused" role="alert" hidden>${t('web.refused')}</p>
<p id="no-token" role="alert" hidden>${t('web.noToken')}</p>
</main>
</body>
</html>`;
}

/** Reads the token from the fragment, cleans the address, trades the token, then loads the app. */
export const SIGN_IN_SCRIPT = `'use strict';
(async () => {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  history.replaceState(null, '', location.pathname);
  const show = (id) => {
    document.getElementById('signing-in').hidden = true;
    document.getElementById(id).hidden = false;
  };
  if (!token) return show('no-token');
  try {
    const res = await fetch('${SESSION_PATH}', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    if (res.ok) return location.replace(location.pathname);
  } catch {
    // Shown as refused below.
  }
  show('refused');
})();
`;
