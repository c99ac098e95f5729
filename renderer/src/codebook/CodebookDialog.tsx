// The codebook editor (标签体系): every tag of the project, editable in place, plus adding a
// tag and exporting or importing the codebook as a JSON file.
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DialogShell } from '../app/DialogShell';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { TagRow } from './TagRow';
import { codebookToFile, parseCodebookFile, treeOrder } from './codebookFile';
import { downloadFile } from '../app/download';

export function CodebookDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const { tags, mutate, notify, readOnly, project } = useWorkspace();
  const fileInput = useRef<HTMLInputElement>(null);
  const [addedId, setAddedId] = useState<string | null>(null);

  const exportFile = () =>
    downloadFile(`${project?.project.title ?? 'codebook'}.codebook.json`, JSON.stringify(codebookToFile(tags), null, 2), 'application/json');

  const importFile = async (file: File) => {
    const parsed = parseCodebookFile(await file.text());
    if (!parsed) return notify({ kind: 'error', text: t('codebook.badFile') });
    const fresh = parsed.tags.filter((entry) => !tags.some((tag) => tag.name === entry.name));
    const added = new Map(tags.map((tag) => [tag.name, tag.id]));
    for (const entry of fresh) {
      // A hotkey already in use stays with the tag that has it.
      const hotkey = tags.some((tag) => tag.hotkey === entry.hotkey) ? null : entry.hotkey;
      const tag = await mutate(() => api.addTag({ name: entry.name, color: entry.color, description: entry.description, hotkey }));
      if (tag) added.set(tag.name, tag.id);
    }
    // Parents last: a parent may come later in the file than its children.
    for (const entry of fresh) {
      const id = added.get(entry.name);
      const parentId = entry.parent ? added.get(entry.parent) : undefined;
      if (id && parentId) await mutate(() => api.updateTag({ id, patch: { parentId } }));
    }
    notify({ kind: 'info', text: t('codebook.imported', { count: fresh.length }) });
  };

  return (
    <DialogShell title={t('codebook.title')} onClose={onClose} wide>
      <table className="codebook-table">
        <thead>
          <tr>
            {['name', 'color', 'description', 'hotkey', 'parent', 'mergeInto', 'delete'].map((h) => (
              <th key={h} scope="col">
                {t(`codebook.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {treeOrder(tags).map(({ tag, depth }) => (
            <TagRow
              key={tag.id}
              autoFocus={tag.id === addedId}
              tag={tag}
              depth={depth}
              tags={tags}
              onUpdate={(patch) => void mutate(() => api.updateTag({ id: tag.id, patch }))}
              onMerge={(intoId) => void mutate(() => api.mergeTags({ fromId: tag.id, intoId }))}
              onDelete={() => void mutate(() => api.deleteTag({ id: tag.id }))}
            />
          ))}
        </tbody>
      </table>
      <div className="codebook-actions">
        {!readOnly && (
          <Button className="button" onPress={() =>
              void mutate(() => api.addTag({ name: uniqueName(t('codebook.newName'), tags.map((x) => x.name)), color: '#888888' })).then(
                (tag) => tag && setAddedId(tag.id),
              )
            }>
            {t('codebook.add')}
          </Button>
        )}
        <Button className="button" onPress={exportFile}>
          {t('codebook.export')}
        </Button>
        {!readOnly && (
          <Button className="button" onPress={() => fileInput.current?.click()}>
            {t('codebook.import')}
          </Button>
        )}
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="codebook-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <Button className="button button-primary" onPress={onClose}>
          {t('codebook.close')}
        </Button>
      </div>
    </DialogShell>
  );
}

function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base} ${n}`)) return `${base} ${n}`;
}
