// App-wide hardening: no navigation away from our pages, no new windows (web links go to the
// system browser), every permission request denied.
import { app, session, shell, type WebContents } from 'electron';

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

export function hardenApp(isOwnUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (isOwnUrl(url)) return;
      event.preventDefault();
      if (isWebLink(url)) void shell.openExternal(url);
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isWebLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
