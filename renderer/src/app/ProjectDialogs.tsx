// Dialogs for the project file: new project (title, and in browser mode the path), open a
// project by path (browser mode has no system file dialog), save a copy.
import { useState } from 'react';
import { Button, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';
import { DialogShell } from './DialogShell';

const join = (info: AppInfo | undefined, name: string) =>
  info ? `${info.documentsDir}${info.documentsDir.endsWith(info.pathSeparator) ? '' : info.pathSeparator}${name}` : name;
const safeName = (title: string) => title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'project';

/** A project file path typed by hand (browser mode has no system file dialog). */
function PathField({ label, value, onChange, autoFocus = false }: { label: string; value: string; onChange(v: string): void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField className="field" value={value} onChange={onChange} isRequired autoFocus={autoFocus}>
      <Label>{label}</Label>
      <Input />
      <Text slot="description" className="field-help">
        {t('project.pathHelp')}
      </Text>
    </TextField>
  );
}

/** Cancel, and the submit button of the dialog's form. */
function FormActions({ confirm, disabled, onCancel }: { confirm: string; disabled: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <Button className="button" onPress={onCancel}>
        {t('action.cancel')}
      </Button>
      <Button type="submit" className="button button-primary" isDisabled={disabled}>
        {confirm}
      </Button>
    </div>
  );
}

export function NewProjectDialog({
  info,
  askPath,
  onCreate,
  onClose,
}: {
  info: AppInfo | undefined;
  /** Browser mode: the path is typed here; in Electron a save dialog follows. */
  askPath: boolean;
  onCreate(title: string, path: string | undefined): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [path, setPath] = useState<string | null>(null);
  const shownPath = path ?? join(info, `${safeName(title || t('project.untitled'))}.pizhu`);
  return (
    <DialogShell title={t('project.newTitle')} onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) onCreate(title.trim(), askPath ? shownPath : undefined);
        }}
      >
        <TextField className="field" value={title} onChange={setTitle} isRequired autoFocus>
          <Label>{t('project.titleLabel')}</Label>
          <Input placeholder={t('project.titlePlaceholder')} />
        </TextField>
        {askPath && <PathField label={t('project.pathLabel')} value={shownPath} onChange={setPath} />}
        <FormActions confirm={t('project.create')} disabled={!title.trim()} onCancel={onClose} />
      </form>
    </DialogShell>
  );
}

export function PathDialog({
  title,
  label,
  confirm,
  initial,
  onConfirm,
  onClose,
}: {
  title: string;
  label: string;
  confirm: string;
  initial: string;
  onConfirm(path: string): void;
  onClose(): void;
}) {
  const [path, setPath] = useState(initial);
  return (
    <DialogShell title={title} onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) onConfirm(path.trim());
        }}
      >
        <PathField label={label} value={path} onChange={setPath} autoFocus />
        <FormActions confirm={confirm} disabled={!path.trim()} onCancel={onClose} />
      </form>
    </DialogShell>
  );
}

/** A project another computer's lock holds: the message says who and since when; taking over is the user's call. */
export function TakeOverDialog({ message, onTakeOver, onClose }: { message: string; onTakeOver(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <DialogShell title={t('project.takeOverTitle')} onClose={onClose}>
      <p className="dialog-body">{message}</p>
      <div className="dialog-actions">
        <Button className="button" onPress={onClose} autoFocus>
          {t('action.cancel')}
        </Button>
        <Button className="button button-danger" onPress={onTakeOver}>
          {t('project.takeOver')}
        </Button>
      </div>
    </DialogShell>
  );
}
