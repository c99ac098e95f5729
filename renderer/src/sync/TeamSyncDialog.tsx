// 文件 → 团队同步…: share the open project on a sync server (address, project name, key), join
// a shared project into a new file, or, while the project syncs, stop syncing. Says where the key
// is kept: the OS keychain in the desktop app, an owner-only file in browser mode.
import { useState } from 'react';
import { Button, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';
import type { ProjectState } from '../../../shared/api/views';
import { useClient } from '../api/ClientContext';
import { DialogShell } from '../app/DialogShell';
import { pokeSync, useSyncStatus } from './sync-status';

type Mode = 'share' | 'join';

export function TeamSyncDialog({
  info,
  hasProject,
  onJoined,
  onDone,
  onClose,
}: {
  info: AppInfo | undefined;
  hasProject: boolean;
  onJoined(state: ProjectState): void;
  /** Says what happened (shared, stopped) in the notice. */
  onDone(text: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { api } = useClient();
  const status = useSyncStatus((s) => s);
  const [mode, setMode] = useState<Mode>(hasProject ? 'share' : 'join');
  const [server, setServer] = useState('');
  const [project, setProject] = useState('');
  const [key, setKey] = useState('');
  const [path, setPath] = useState(info ? `${info.documentsDir}${info.pathSeparator}` : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const electron = info?.mode === 'electron';
  const syncing = status && status.state !== 'off';

  const keyNote = status?.keyStorage === 'keychain' ? t('teamSync.keyKeychain') : t('teamSync.keyFile', { file: status?.keyFile ?? '' });

  const choosePath = async () => {
    const picked = await api.pickPath({ purpose: 'newProject', suggestedName: project || t('project.untitled') });
    if (picked.ok && picked.value) setPath(picked.value);
    else if (!picked.ok) setError(picked.error.message);
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    const connection = { server: server.trim(), project: project.trim(), key: key.trim() };
    if (mode === 'share') {
      const r = await api.syncShare(connection);
      setBusy(false);
      if (!r.ok) return setError(r.error.message);
      pokeSync();
      onDone(t('teamSync.shared', { server: connection.server, project: connection.project }));
      return onClose();
    }
    const r = await api.syncJoin({ ...connection, path: path.trim() });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    onJoined(r.value);
    pokeSync();
    onDone(t('teamSync.joined', { project: connection.project }));
    onClose();
  };

  if (syncing) {
    return (
      <DialogShell title={t('teamSync.title')} onClose={onClose}>
        <p className="dialog-body">{t('teamSync.syncingWith', { server: status.server, project: status.project })}</p>
        <p className="field-help">{t('teamSync.stopHelp')}</p>
        <p className="field-help">{keyNote}</p>
        <div className="dialog-actions">
          <Button className="button" onPress={onClose} autoFocus>
            {t('action.close')}
          </Button>
          <Button
            className="button button-danger"
            onPress={() =>
              void api.syncStop().then((r) => {
                if (!r.ok) return setError(r.error.message);
                pokeSync();
                onDone(t('teamSync.stopped'));
                onClose();
              })
            }
          >
            {t('teamSync.stop')}
          </Button>
        </div>
        {error && <p role="alert" className="form-error">{error}</p>}
      </DialogShell>
    );
  }

  const ready = server.trim() && project.trim() && key.trim() && (mode === 'share' ? hasProject : path.trim());
  return (
    <DialogShell title={t('teamSync.title')} onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && !busy) void submit();
        }}
      >
        <RadioGroup className="field" value={mode} onChange={(v) => setMode(v as Mode)}>
          <Label>{t('teamSync.mode')}</Label>
          <div className="radio-row">
            <Radio value="share" className="radio" isDisabled={!hasProject}>
              {t('teamSync.modeShare')}
            </Radio>
            <Radio value="join" className="radio">
              {t('teamSync.modeJoin')}
            </Radio>
          </div>
          {!hasProject && <Text slot="description" className="field-help">{t('teamSync.needProject')}</Text>}
        </RadioGroup>
        <TextField className="field" value={server} onChange={setServer} isRequired autoFocus>
          <Label>{t('teamSync.server')}</Label>
          <Input placeholder="ws://127.0.0.1:4455" />
          <Text slot="description" className="field-help">{t('teamSync.serverHelp')}</Text>
        </TextField>
        <TextField className="field" value={project} onChange={setProject} isRequired>
          <Label>{t('teamSync.project')}</Label>
          <Input />
        </TextField>
        <TextField className="field" type="password" value={key} onChange={setKey} isRequired>
          <Label>{t('teamSync.key')}</Label>
          <Input autoComplete="off" />
          <Text slot="description" className="field-help">{keyNote}</Text>
        </TextField>
        {mode === 'join' &&
          (electron ? (
            <div className="field">
              <span className="field-label">{t('teamSync.path')}</span>
              <div className="path-pick">
                <span className="path-value">{path}</span>
                <Button className="button" onPress={() => void choosePath()}>
                  {t('teamSync.choosePath')}
                </Button>
              </div>
            </div>
          ) : (
            <TextField className="field" value={path} onChange={setPath} isRequired>
              <Label>{t('teamSync.path')}</Label>
              <Input />
              <Text slot="description" className="field-help">{t('project.pathHelp')}</Text>
            </TextField>
          ))}
        {busy && <p className="field-help" role="status">{t('teamSync.working')}</p>}
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" isDisabled={!ready || busy}>
            {mode === 'share' ? t('teamSync.share') : t('teamSync.join')}
          </Button>
        </div>
      </form>
    </DialogShell>
  );
}
