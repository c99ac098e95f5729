// 新建截图对比: 2-6 screenshots from files, a drop or the clipboard, each labelled (元宝, Kimi,
// 通义千问 …) with an optional caption and source URL, backing the selected claim.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Checkbox, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MAX_SCREENSHOTS, MIN_SCREENSHOTS } from '../../../shared/comparison/model';
import { useClient } from '../api/ClientContext';
import { DialogShell } from '../app/DialogShell';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { CaptureDialog } from './CaptureDialog';

interface Draft {
  key: string;
  file: File;
  label: string;
  caption: string;
  sourceUrl: string;
}

const IMAGE_ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';
const stem = (name: string) => name.replace(/\.[^.]+$/, '').slice(0, 40) || 'screenshot';
let nextKey = 0;
const toDraft = (file: File): Draft => ({ key: String(nextKey++), file, label: stem(file.name), caption: '', sourceUrl: '' });

/** A preview of a chosen file; its object URL lives as long as the thumbnail. */
function DraftThumb({ file }: { file: File }) {
  const url = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <img src={url} alt="" className="draft-thumb" />;
}

export function NewComparisonDialog({ initialFiles = [], onClose }: { initialFiles?: File[]; onClose(): void }) {
  const { t } = useTranslation();
  const { api, transport } = useClient();
  const ws = useWorkspace();
  const [capturing, setCapturing] = useState(false);
  const [title, setTitle] = useState('');
  const [drafts, setDrafts] = useState<Draft[]>(() => initialFiles.slice(0, MAX_SCREENSHOTS).map(toDraft));
  const [forClaim, setForClaim] = useState(!!ws.selectedClaimId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const addFiles = (files: Iterable<File>) => {
    const added = [...files].map(toDraft);
    setDrafts((d) => [...d, ...added].slice(0, MAX_SCREENSHOTS));
  };

  const update = (key: string, patch: Partial<Draft>) => setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const move = (i: number, by: number) =>
    setDrafts((ds) => {
      const next = [...ds];
      const [item] = next.splice(i, 1);
      next.splice(Math.max(0, Math.min(next.length, i + by)), 0, item!);
      return next;
    });

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const files = await Promise.all(drafts.map(async (d) => ({ fileName: d.file.name || `${d.label}.png`, bytes: new Uint8Array(await d.file.arrayBuffer()) })));
      const shots = await api.attachScreenshots({ files });
      if (!shots.ok) return setError(shots.error.message);
      const claim = forClaim ? ws.claims.find((c) => c.id === ws.selectedClaimId) : undefined;
      const created = await ws.mutate(() =>
        api.addComparison({
          title: title.trim() || drafts.map((d) => d.label).join(' / '),
          claimIds: claim ? [claim.id] : [],
          articleId: ws.article?.id ?? null,
          items: drafts.map((d, i) => ({
            assetHash: shots.value[i]!.hash,
            thumbnailHash: shots.value[i]!.thumbnailHash,
            label: d.label,
            caption: d.caption,
            sourceUrl: d.sourceUrl,
            // The file's own date is the best first guess; the viewer corrects it (CaptureTimes).
            capturedAt: new Date(d.file.lastModified || Date.now()).toISOString(),
          })),
        }),
      );
      if (created) onClose();
    } finally {
      setBusy(false);
    }
  };

  const labels = drafts.map((d) => d.label.trim());
  const valid = drafts.length >= MIN_SCREENSHOTS && labels.every(Boolean) && new Set(labels).size === labels.length;

  return (
    <DialogShell title={t('comparison.newTitle')} onClose={onClose} wide>
      <div
        className="form-grid"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          addFiles(e.dataTransfer.files);
        }}
        onPaste={(e) => {
          const images = [...e.clipboardData.files].filter((f) => f.type.startsWith('image/'));
          if (images.length) {
            e.preventDefault();
            addFiles(images);
          }
        }}
      >
        <TextField className="field" value={title} onChange={setTitle}>
          <Label>{t('comparison.title')}</Label>
          <Input placeholder={t('comparison.titlePlaceholder')} />
        </TextField>
        <ol className="draft-list" aria-label={t('comparison.screenshots')}>
          {drafts.map((d, i) => (
            <li key={d.key} className="draft">
              <DraftThumb file={d.file} />
              <div className="draft-fields">
                <TextField className="field" value={d.label} onChange={(label) => update(d.key, { label })} isRequired>
                  <Label>{t('comparison.label', { n: i + 1 })}</Label>
                  <Input />
                </TextField>
                <TextField className="field" value={d.caption} onChange={(caption) => update(d.key, { caption })}>
                  <Label>{t('comparison.caption')}</Label>
                  <Input />
                </TextField>
                <TextField className="field" value={d.sourceUrl} onChange={(sourceUrl) => update(d.key, { sourceUrl })}>
                  <Label>{t('comparison.sourceUrl')}</Label>
                  <Input />
                </TextField>
              </div>
              <div className="draft-actions">
                <Button className="icon-button" aria-label={t('comparison.moveUp', { label: d.label })} isDisabled={i === 0} onPress={() => move(i, -1)}>
                  ↑
                </Button>
                <Button className="icon-button" aria-label={t('comparison.moveDown', { label: d.label })} isDisabled={i === drafts.length - 1} onPress={() => move(i, 1)}>
                  ↓
                </Button>
                <Button className="icon-button" aria-label={t('comparison.removeShot', { label: d.label })} onPress={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))}>
                  ×
                </Button>
              </div>
            </li>
          ))}
        </ol>
        {drafts.length < MAX_SCREENSHOTS && (
          <div className="drop-zone drop-zone-small">
            <p>{t('comparison.dropHere', { min: MIN_SCREENSHOTS, max: MAX_SCREENSHOTS })}</p>
            <div className="empty-actions">
              <Button className="button" onPress={() => input.current?.click()}>
                {t('comparison.chooseImages')}
              </Button>
              {transport === 'ipc' && (
                <Button className="button" onPress={() => setCapturing(true)}>
                  {t('comparison.capture')}
                </Button>
              )}
            </div>
            <input
              ref={input}
              type="file"
              multiple
              hidden
              accept={IMAGE_ACCEPT}
              data-testid="comparison-file-input"
              onChange={(e) => {
                if (e.target.files) addFiles(e.target.files);
                e.target.value = '';
              }}
            />
          </div>
        )}
        {ws.selectedClaimId && (
          <Checkbox className="checkbox" isSelected={forClaim} onChange={setForClaim}>
            {t('comparison.forClaim', { quote: ws.claims.find((c) => c.id === ws.selectedClaimId)?.anchor.exact ?? '' })}
          </Checkbox>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {capturing && (
          <CaptureDialog
            onCaptured={(file) => {
              addFiles([file]);
              setCapturing(false);
            }}
            onClose={() => setCapturing(false)}
          />
        )}
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('action.cancel')}
          </Button>
          <Button className="button button-primary" isDisabled={!valid || busy} onPress={() => void create()}>
            {t('comparison.create')}
          </Button>
        </div>
      </div>
    </DialogShell>
  );
}
