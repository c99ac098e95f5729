// Renaming and deleting an article (文章 menu, F2, the navigator's context menu). Deleting asks
// first and says how many claims go with it; both are one undoable edit.
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DialogShell } from './DialogShell';
import { createChannel } from './channel';

type ArticleCommand = 'renameArticle' | 'deleteArticle';
const commands = createChannel<{ command: ArticleCommand; id: string }>();

/** Asks the shell to rename or delete article `id` (from the navigator, which has no dialogs). */
export function requestArticleCommand(command: ArticleCommand, id: string): void {
  commands.send({ command, id });
}

export function onArticleCommand(listener: (command: ArticleCommand, id: string) => void): () => void {
  return commands.listen(({ command, id }) => listener(command, id));
}

export function RenameArticleDialog({ title, onRename, onClose }: { title: string; onRename(title: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const next = value.trim();
  return (
    <DialogShell title={t('articleEdit.renameTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!next) return;
          if (next === title) onClose();
          else onRename(next);
        }}
      >
        <TextField className="field" value={value} onChange={setValue} isRequired autoFocus>
          <Label>{t('articleEdit.title')}</Label>
          <Input onFocus={(e) => e.target.select()} />
        </TextField>
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" isDisabled={!next}>
            {t('articleEdit.rename')}
          </Button>
        </div>
      </form>
    </DialogShell>
  );
}

export function DeleteArticleDialog({ title, claims, onDelete, onClose }: { title: string; claims: number; onDelete(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <DialogShell title={t('articleEdit.deleteTitle')} onClose={onClose}>
      <p className="dialog-body">{t('articleEdit.deleteBody', { title, count: claims })}</p>
      <div className="dialog-actions">
        <Button className="button" onPress={onClose} autoFocus>
          {t('action.cancel')}
        </Button>
        <Button className="button button-danger" onPress={onDelete}>
          {t('articleEdit.delete')}
        </Button>
      </div>
    </DialogShell>
  );
}
