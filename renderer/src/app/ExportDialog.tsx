// 导出…: choose the format (annotated PDF, HTML report, Markdown, CSV, W3C Web Annotations,
// ClaimReview), which articles and claims, what to include (for PDF and HTML also the appendix of
// open claim suggestions and repost traces), paper and language, remembered per project; then save (Electron: a save dialog; browser mode: a download). An export that takes
// more than a second shows how far it has come and can be cancelled, leaving no file.
import { useEffect, useState } from 'react';
import { Button, Checkbox, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/options';
import { progressFraction, type ExportProgress } from '../../../shared/export/progress';
import { STATUSES, STRENGTHS, VERDICTS } from '../../../shared/domain/scales';
import { useWorkspace } from '../workspace/WorkspaceContext';
import type { Language } from '../../../shared/preferences';
import { useClient } from '../api/ClientContext';
import { DialogShell } from './DialogShell';
import { downloadFile } from './download';
import { loadChoice, requestOf, saveChoice, type ExportChoice } from './export-choices';
import { useExportRun } from './useExportRun';

const INCLUDE_KEYS = ['notes', 'evidence', 'screenshots', 'authors'] as const;
const extensionOf = (format: ExportFormat) => (format === 'w3c' || format === 'claimreview' ? `${format}.jsonld` : format);

interface Props {
  projectTitle: string;
  electron: boolean;
  language: Language;
  onDone(message: string): void;
  onError(message: string): void;
  onClose(): void;
}

export function ExportDialog({ projectTitle, electron, language, onDone, onError, onClose }: Props) {
  const { t } = useTranslation();
  const { api } = useClient();
  const { tags, project } = useWorkspace();
  const articles = project?.articles ?? [];
  const projectId = project?.project.id ?? '';
  const [choice, setChoice] = useState<ExportChoice>(() =>
    loadChoice(projectId, language, { articleIds: articles.map((a) => a.id), tagIds: tags.map((tag) => tag.id) }),
  );
  const { format, paper, lang, include } = choice;
  const verdicts = choice.verdicts ?? [];
  const statuses = choice.statuses ?? [];
  const strengths = choice.strengths ?? [];
  const tagIds = choice.tagIds ?? [];
  const run = useExportRun();
  const change = (patch: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...patch }));
  useEffect(() => {
    if (projectId) saveChoice(projectId, choice);
  }, [projectId, choice]);
  const noArticle = choice.articleIds !== null && choice.articleIds.length === 0;

  const exportNow = async () => {
    const result = await run.start(async (jobId) => {
      // The appendix leaves out the suggestions dismissed in the 建议 list (kept in the project file).
      const options = requestOf(choice, jobId);
      if (electron) {
        const picked = await api.pickPath({ purpose: 'export', suggestedName: `${projectTitle}.${extensionOf(format)}` });
        if (!picked.ok || !picked.value) return picked.ok ? { ok: true as const, value: null } : picked;
        const r = await api.exportToFile({ options, path: picked.value });
        return r.ok ? { ok: true as const, value: { count: r.value.claims, path: r.value.path } } : r;
      }
      const r = await api.exportProject({ options });
      if (!r.ok) return r;
      downloadFile(r.value.fileName, r.value.bytes, r.value.mime);
      return { ok: true as const, value: { count: r.value.claims, path: r.value.fileName } };
    });
    if (!result.ok) {
      // A cancelled export is what the user asked for: said as news, not as an error.
      if (result.error.code === 'cancelled') onDone(result.error.message);
      else return onError(result.error.message);
    } else if (!result.value) {
      return;
    } else {
      onDone(t('exportDialog.done', { count: result.value.count, path: result.value.path }));
    }
    onClose();
  };

  const toggle =
    <K extends 'verdicts' | 'statuses' | 'strengths' | 'tagIds' | 'articleIds'>(key: K) =>
    (v: NonNullable<ExportChoice[K]>[number], on: boolean) =>
      setChoice((c) => {
        const xs = (c[key] ?? []) as (typeof v)[];
        return { ...c, [key]: on ? [...xs, v] : xs.filter((x) => x !== v) };
      });
  const label = (e: { zh: string; en: string }) => (lang === 'en' ? e.en : e.zh);
  const shows = format === 'pdf' || format === 'html' || format === 'md';
  const busy = run.busy;

  return (
    <DialogShell title={t('exportDialog.title')} onClose={busy ? run.cancel : onClose} wide>
      <div className="form-grid export-form" aria-busy={busy}>
        <RadioGroup className="field" value={format} isDisabled={busy} onChange={(v) => change({ format: v as ExportFormat })}>
          <Label>{t('exportDialog.format')}</Label>
          <div className="radio-grid">
            {EXPORT_FORMATS.map((f) => (
              <Radio key={f} value={f} className="radio">
                {t(`exportDialog.formats.${f}`)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        {articles.length > 1 && (
          <fieldset className="import-cleanups">
            <legend>{t('exportProgress.articles')}</legend>
            <RadioGroup
              aria-label={t('exportProgress.articles')}
              className="radio-row"
              value={choice.articleIds === null ? 'all' : 'chosen'}
              onChange={(v) => change({ articleIds: v === 'all' ? null : (choice.articleIds ?? []) })}
            >
              <Radio value="all" className="radio">
                {t('exportProgress.allArticles')}
              </Radio>
              <Radio value="chosen" className="radio">
                {t('exportProgress.chosenArticles')}
              </Radio>
            </RadioGroup>
            {choice.articleIds !== null && (
              <div className="radio-grid">
                {articles.map((a) => (
                  <Checkbox key={a.id} className="checkbox" isSelected={choice.articleIds!.includes(a.id)} onChange={(on) => toggle('articleIds')(a.id, on)}>
                    {a.title} ({t('nav.claimCount', { count: a.claimCount })})
                  </Checkbox>
                ))}
              </div>
            )}
            {noArticle && <p className="field-help">{t('exportProgress.noArticleChosen')}</p>}
          </fieldset>
        )}
        <fieldset className="import-cleanups">
          <legend>{t('exportDialog.verdicts')}</legend>
          <div className="radio-grid">
            {VERDICTS.map((v) => (
              <Checkbox key={v.value} className="checkbox" isSelected={verdicts.includes(v.value)} onChange={(on) => toggle('verdicts')(v.value, on)}>
                {label(v)}
              </Checkbox>
            ))}
          </div>
        </fieldset>
        <fieldset className="import-cleanups">
          <legend>{t('exportDialog.statuses')}</legend>
          <div className="radio-grid">
            {STATUSES.map((v) => (
              <Checkbox key={v.value} className="checkbox" isSelected={statuses.includes(v.value)} onChange={(on) => toggle('statuses')(v.value, on)}>
                {label(v)}
              </Checkbox>
            ))}
          </div>
        </fieldset>
        <fieldset className="import-cleanups">
          <legend>{t('exportDialog.strengths')}</legend>
          <div className="radio-grid">
            {STRENGTHS.map((v) => (
              <Checkbox key={v.value} className="checkbox" isSelected={strengths.includes(v.value)} onChange={(on) => toggle('strengths')(v.value, on)}>
                {v.value} {label(v)}
              </Checkbox>
            ))}
          </div>
        </fieldset>
        {tags.length > 0 && (
          <fieldset className="import-cleanups">
            <legend>{t('exportDialog.tags')}</legend>
            <div className="radio-grid">
              {tags.map((tag) => (
                <Checkbox key={tag.id} className="checkbox" isSelected={tagIds.includes(tag.id)} onChange={(on) => toggle('tagIds')(tag.id, on)}>
                  {tag.name}
                </Checkbox>
              ))}
            </div>
          </fieldset>
        )}
        <p className="field-help">{t('exportDialog.verdictsHelp')}</p>
        {shows && (
          <fieldset className="import-cleanups">
            <legend>{t('exportDialog.include')}</legend>
            <div className="radio-grid">
              {(format === 'md' ? INCLUDE_KEYS : [...INCLUDE_KEYS, 'appendix' as const]).map((k) => (
                <Checkbox key={k} className="checkbox" isSelected={include[k]} onChange={(on) => change({ include: { ...include, [k]: on } })}>
                  {t(`exportDialog.includes.${k}`)}
                </Checkbox>
              ))}
            </div>
          </fieldset>
        )}
        <div className="radio-row-pair">
          {format === 'pdf' && (
            <RadioGroup className="field" value={paper} onChange={(v) => change({ paper: v as 'a4' | 'letter' })}>
              <Label>{t('exportDialog.paper')}</Label>
              <div className="radio-row">
                <Radio value="a4" className="radio">A4</Radio>
                <Radio value="letter" className="radio">Letter</Radio>
              </div>
            </RadioGroup>
          )}
          <RadioGroup className="field" value={lang} onChange={(v) => change({ lang: v as Language })}>
            <Label>{t('exportDialog.language')}</Label>
            <div className="radio-row">
              <Radio value="zh-CN" className="radio">{t('language.zh-CN')}</Radio>
              <Radio value="zh-TW" className="radio">{t('language.zh-TW')}</Radio>
              <Radio value="en" className="radio">{t('language.en')}</Radio>
            </div>
          </RadioGroup>
        </div>
        {run.progress && <ProgressLine progress={run.progress} />}
        <div className="dialog-actions">
          {busy ? (
            <Button className="button" isDisabled={run.cancelling} onPress={run.cancel}>
              {run.cancelling ? t('exportProgress.cancelling') : t('exportProgress.cancel')}
            </Button>
          ) : (
            <Button className="button" onPress={onClose}>
              {t('action.cancel')}
            </Button>
          )}
          <Button className="button button-primary" isDisabled={busy || noArticle} onPress={() => void exportNow()}>
            {busy ? t('exportDialog.working') : t('exportDialog.confirm')}
          </Button>
        </div>
      </div>
    </DialogShell>
  );
}

/** The step the export is on, in words, with a bar. */
function ProgressLine({ progress }: { progress: ExportProgress }) {
  const { t } = useTranslation();
  const words =
    progress.stage === 'images'
      ? t('exportProgress.images', progress.images)
      : progress.stage === 'annotate'
        ? t('exportProgress.annotate', { pages: progress.pages, ...progress.annotations })
        : t(`exportProgress.${progress.stage}`);
  return (
    <div className="export-progress">
      <progress max={1} value={progressFraction(progress)} aria-label={words} />
      <p role="status">{words}</p>
    </div>
  );
}
