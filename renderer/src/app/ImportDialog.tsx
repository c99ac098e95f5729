// 导入文章: choose files (or paste), see a preview of each (encoding, title, source, first
// paragraphs, the cleanups applied, each switchable), then add it to the project or cancel.
// Nothing is added before the user confirms.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Checkbox, Input, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ImportOptions, ImportSource } from '../../../shared/api/contract';
import { ENCODING_CHOICES, type EncodingChoice, type ImportPreviewView } from '../../../shared/api/views';
import type { Article } from '../../../shared/domain/project';
import { CodePointIndex } from '../../../shared/text/codepoints';
import { useClient } from '../api/ClientContext';
import { DialogShell } from './DialogShell';

export const IMPORT_ACCEPT = '.txt,.text,.html,.htm,.md,.markdown,.docx,.pdf';

/** Reads browser File objects into import sources. */
export async function sourcesFromFiles(files: Iterable<File>): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  for (const file of files) out.push({ kind: 'file', fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return out;
}

interface Props {
  initialSources?: ImportSource[];
  articleTitle(id: string): string | undefined;
  onImported(article: Article): void;
  onClose(): void;
}

export function ImportDialog({ initialSources = [], articleTitle, onImported, onClose }: Props) {
  const { t } = useTranslation();
  const { api } = useClient();
  const [queue, setQueueState] = useState<ImportSource[]>(initialSources);
  // Each new source gets a new number, so a late preview of an earlier one is ignored.
  const [sourceSeq, setSourceSeq] = useState(0);
  // What the preview is made with; the title is edited apart from it, so typing a title never
  // asks for a new preview (which would replace the field being typed in).
  const [options, setOptions] = useState<ImportOptions>({});
  const [title, setTitle] = useState<string | null>(null);
  // Source fields typed in the preview, also apart from the options (see the title above).
  const [sourceEdits, setSourceEdits] = useState<SourceEdits>({});
  const [loaded, setLoaded] = useState<{ key: string; preview: ImportPreviewView | null; error: string | null } | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [asRevision, setAsRevision] = useState(true);
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const source = queue[0];
  const key = `${sourceSeq}:${JSON.stringify(options)}`;
  const current = loaded?.key === key ? loaded : null;
  // While a new preview (another encoding, a cleanup switched) loads, the last one stays shown.
  const preview = current?.preview ?? (loaded?.key.startsWith(`${sourceSeq}:`) ? loaded.preview : null);
  const error = commitError ?? current?.error ?? null;
  const busy = committing || (!!source && !current);

  const setQueue = useCallback((sources: ImportSource[] | ((q: ImportSource[]) => ImportSource[])) => {
    setQueueState(sources);
    setSourceSeq((n) => n + 1);
    setOptions({});
    setTitle(null);
    setSourceEdits({});
    setCommitError(null);
  }, []);

  useEffect(() => {
    if (!source) return;
    let live = true;
    void api.importPreview({ source, options }).then((r) => {
      if (!live) return;
      setLoaded(r.ok ? { key, preview: r.value, error: null } : { key, preview: null, error: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [api, source, options, key]);

  const next = () => setQueue((q) => q.slice(1));

  const commit = async () => {
    if (!source || !preview) return;
    setCommitting(true);
    const asRevisionOf = asRevision && preview.sameSourceArticleId ? preview.sameSourceArticleId : undefined;
    const typed = title?.trim();
    const edited = Object.keys(sourceEdits).length > 0 ? { source: sourceEdits } : {};
    const commitOptions = { ...options, ...(typed ? { title: typed } : {}), ...edited };
    const r = await api.importCommit({ source, options: commitOptions, ...(asRevisionOf ? { asRevisionOf } : {}) });
    setCommitting(false);
    if (!r.ok) return setCommitError(r.error.message);
    onImported(r.value);
    if (queue.length > 1) next();
    else onClose();
  };

  const toggleCleanup = (id: string, on: boolean) =>
    setOptions((o) => {
      const disabled = new Set(o.disabledCleanups ?? []);
      if (on) disabled.delete(id);
      else disabled.add(id);
      return { ...o, disabledCleanups: [...disabled] };
    });

  return (
    <DialogShell title={t('import.title')} onClose={onClose} wide>
      {!source ? (
        <div className="import-choose">
          <div
            className="drop-zone"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              e.stopPropagation();
              void sourcesFromFiles(e.dataTransfer.files).then(setQueue);
            }}
          >
            <p>{t('import.dropHere')}</p>
            <Button className="button button-primary" onPress={() => fileInput.current?.click()}>
              {t('import.chooseFiles')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              multiple
              hidden
              accept={IMPORT_ACCEPT}
              data-testid="import-file-input"
              onChange={(e) => e.target.files && void sourcesFromFiles(e.target.files).then(setQueue)}
            />
          </div>
          <TextField className="field" value={pasted} onChange={setPasted}>
            <Label>{t('import.pasteLabel')}</Label>
            <TextArea rows={5} />
          </TextField>
          <div className="dialog-actions">
            <Button className="button" onPress={onClose}>
              {t('action.cancel')}
            </Button>
            <Button className="button button-primary" isDisabled={!pasted.trim()} onPress={() => setQueue([{ kind: 'paste', text: pasted }])}>
              {t('import.previewPasted')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="import-preview" aria-busy={busy}>
          <div className="import-file">
            <strong>{source.kind === 'file' ? source.fileName : source.kind === 'path' ? source.path : t('import.pasted')}</strong>
            {queue.length > 1 && <span className="muted">{t('import.queue', { n: queue.length - 1 })}</span>}
          </div>
          {source.kind !== 'paste' && (
            <label className="field field-inline">
              <span>{t('import.encoding')}</span>
              <select
                aria-label={t('import.encoding')}
                value={options.encoding ?? 'auto'}
                onChange={(e) => {
                  setCommitError(null);
                  setOptions((o) => ({ ...o, encoding: e.target.value as EncodingChoice }));
                }}
              >
                {ENCODING_CHOICES.map((enc) => (
                  <option key={enc} value={enc}>
                    {enc === 'auto' ? t('import.encodingAuto') : enc.toUpperCase()}
                  </option>
                ))}
              </select>
              {preview?.encoding && (
                <span className="encoding-detected" data-testid="detected-encoding">
                  {t('import.detected', { name: preview.encoding.name.toUpperCase(), confidence: Math.round(preview.encoding.confidence * 100) })}
                </span>
              )}
            </label>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {preview && (
            <PreviewBody
              preview={preview}
              options={options}
              title={title}
              setTitle={setTitle}
              sourceEdits={sourceEdits}
              setSourceEdit={(field, value) => setSourceEdits((e) => ({ ...e, [field]: value }))}
              toggleCleanup={toggleCleanup}
            />
          )}
          {preview?.sameSourceArticleId && (
            <Checkbox className="checkbox" isSelected={asRevision} onChange={setAsRevision}>
              {t('import.asRevision', { title: articleTitle(preview.sameSourceArticleId) ?? '' })}
            </Checkbox>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={queue.length > 1 ? next : onClose}>
              {queue.length > 1 ? t('import.skip') : t('action.cancel')}
            </Button>
            <Button className="button button-primary" isDisabled={!preview || busy} onPress={() => void commit()}>
              {t('import.confirm')}
            </Button>
          </div>
        </div>
      )}
    </DialogShell>
  );
}

const SOURCE_FIELDS = ['author', 'publisher', 'publishedAt', 'url'] as const;
type SourceField = (typeof SOURCE_FIELDS)[number];
type SourceEdits = Partial<Record<SourceField, string>>;

function PreviewBody({
  preview,
  options,
  title,
  setTitle,
  sourceEdits,
  setSourceEdit,
  toggleCleanup,
}: {
  preview: ImportPreviewView;
  options: ImportOptions;
  title: string | null;
  setTitle(title: string): void;
  sourceEdits: SourceEdits;
  setSourceEdit(field: SourceField, value: string): void;
  toggleCleanup(id: string, on: boolean): void;
}) {
  const { t } = useTranslation();
  const { content } = preview;
  const index = new CodePointIndex(content.text);
  const blocks = content.blocks.filter((b) => b.kind !== 'title').slice(0, 8);
  const src = content.source;
  return (
    <>
      <TextField
        className="field"
        value={title ?? content.title}
        onChange={setTitle}
      >
        <Label>{t('import.articleTitle')}</Label>
        <Input />
      </TextField>
      <div className="import-source-fields">
        {SOURCE_FIELDS.map((field) => (
          <TextField key={field} className="field" value={sourceEdits[field] ?? src[field] ?? ''} onChange={(v) => setSourceEdit(field, v)}>
            <Label>{t(`import.meta.${field}`)}</Label>
            <Input />
          </TextField>
        ))}
      </div>
      <dl className="import-meta">
        {src.editor && <><dt>{t('import.metaEditor')}</dt><dd>{src.editor}</dd></>}
        <dt>{t('import.meta.size')}</dt>
        <dd>{t('import.stats', { chars: preview.stats.codePoints, blocks: content.blocks.length })}</dd>
      </dl>
      {preview.cleanups.length > 0 && (
        <fieldset className="import-cleanups">
          <legend>{t('import.cleanups')}</legend>
          {preview.cleanups.map((c) => (
            <Checkbox key={c.id} className="checkbox" isSelected={!(options.disabledCleanups ?? []).includes(c.id)} onChange={(on) => toggleCleanup(c.id, on)}>
              {c.label}
              {c.detail && <span className="muted"> · {c.detail}</span>}
            </Checkbox>
          ))}
        </fieldset>
      )}
      {preview.warnings.map((w) => (
        <p key={w} className="form-warning">
          {w}
        </p>
      ))}
      <div className="import-sample" role="region" tabIndex={0} aria-label={t('import.sample')}>
        {blocks.map((b, i) => (
          <p key={i} className={`sample-${b.kind}`}>
            {b.kind === 'figure' ? `▣ ${b.alt ?? t('reader.figure')}` : index.slice(b.start, b.end)}
          </p>
        ))}
      </div>
    </>
  );
}
