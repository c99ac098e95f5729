// One ipcMain.handle per API method; every argument is validated by dispatch() against the
// contract's zod schema before a service sees it. Only our own pages may call.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, channelOf } from '../../shared/api/methods';
import { dispatch } from '../services/dispatch';
import type { AppServices } from '../services/app-services';

export function registerIpc(services: AppServices, isOwnUrl: (url: string) => boolean, afterCall: (method: string) => void): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(channelOf(name), async (event: IpcMainInvokeEvent, arg: unknown) => {
      if (!isOwnUrl(event.senderFrame?.url ?? '')) {
        return { ok: false, error: { code: 'unauthorized', message: 'unauthorized sender' } };
      }
      const result = await dispatch(services.handlers, name, arg, services.language(), services.takeChanges);
      afterCall(name);
      return result;
    });
  }
}
