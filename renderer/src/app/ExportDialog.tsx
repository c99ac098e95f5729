// 导出…: choose the format (annotated PDF, HTML report, Markdown, CSV, W3C Web Annotations,
// ClaimReview), which claims, what to include, paper and language; then save (Electron: a save
// dialog; browser mode: a download).
import { useState } from 'react';
import { Button, Checkbox, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type ExportRequest } from '../../../shared/export/options';
import { STATUSES, STRENGTHS, VERDICTS } from '../../../shared/domain/scales';
import { useWorkspace } from '../workspace/WorkspaceContext';
import type { Language } from '../../../shared/preferences';
import { useClient } from '../api/ClientContext';
import { DialogShell } from './DialogShell';
import { downloadFile } from './download';

type Include = NonNullable<ExportRequest['include']>;
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
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [lang, setLang] = useState<Language>(language);
  const [include, setInclude] = useState<Required<Include>>({ notes: true, evidence: true, screenshots: true, authors: true });
  const [verdicts, setVerdicts] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [strengths, setStrengths] = useState<number[]>([]);
  const [tagIds, setTagIds] = useState<string[]>([]);
  const { tags } = useWorkspace();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    const options = {
      format,
      paper,
      lang,
      include,
      ...(verdicts.length ? { verdicts } : {}),
      ...(statuses.length ? { statuses } : {}),
      ...(strengths.length ? { strengths } : {}),
      ...(tagIds.length ? { tagIds } : {}),
    } as ExportRequest;
    setBusy(true);
    try {
      if (electron) {
        const picked = await api.pickPath({ purpose: 'export', suggestedName: `${projectTitle}.${extensionOf(format)}` });
        if (!picked.ok) return onError(picked.error.message);
        if (!picked.value) return;
        const r = await api.exportToFile({ options, path: picked.value });
        if (!r.ok) return onError(r.error.message);
        onDone(t('exportDialog.done', { count: r.value.claims, path: r.value.path }));
      } else {
        const r = await api.exportProject({ options });
        if (!r.ok) return onError(r.error.message);
        downloadFile(r.value.fileName, r.value.bytes, r.value.mime);
        onDone(t('exportDialog.done', { count: r.value.claims, path: r.value.fileName }));
      }
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const toggle =
    <T,>(set: (f: (xs: T[]) => T[]) => void) =>
    (v: T, on: boolean) =>
      set((xs) => (on ? [...xs, v] : xs.filter((x) => x !== v)));
  const toggleVerdict = toggle(setVerdicts);
  const label = (e: { zh: string; en: string }) => (lang === 'en' ? e.en : e.zh);
  const shows = format === 'pdf' || format === 'html' || format === 'md';

  return (
    <DialogShell title={t('exportDialog.title')} onClose={onClose} wide>
      <div className="form-grid export-form" aria-busy={busy}>
        <RadioGroup className="field" value={format} onChange={(v) => setFormat(v as ExportFormat)}>
          <Label>{t('exportDialog.format')}</Label>
          <div className="radio-grid">
            {EXPORT_FORMATS.map((f) => (
              <Radio key={f} value={f} className="radio">
                {t(`exportDialog.formats.${f}`)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <fieldset className="import-cleanups">
          <legend>{t('exportDialog.verdicts')}</legend>
          <div className="radio-grid">
            {VERDICTS.map((v) => (
              <Checkbox key={v.value} className="checkbox" isSelected={verdicts.includes(v.value)} onChange={(on) => toggleVerdict(v.value, on)}>
                {label(v)}
              </Checkbox>
            ))}
          </div>
        </fieldset>
        <fieldset className="import-cleanups">
          <legend>{t('exportDialog.statuses')}</legend>
          <div className="radio-grid">
            {STATUSES.map((v) => (
              <Checkbox key={v.value} className="checkbox" isSelected={statuses.includes(v.value)} onChange={(on) => toggle(setStatuses)(v.value, on)}>
                {label(v)}
              </Checkbox>
            ))}
          </div>
        </fieldset>
        <fieldset className="import-cleanups">
          <legend>{t('exportDialog.strengths')}</legend>
          <div className="radio-grid">
            {STRENGTHS.map((v) => (
              <Checkbox key={v.value} className="checkbox" isSelected={strengths.includes(v.value)} onChange={(on) => toggle(setStrengths)(v.value, on)}>
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
                <Checkbox key={tag.id} className="checkbox" isSelected={tagIds.includes(tag.id)} onChange={(on) => toggle(setTagIds)(tag.id, on)}>
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
              {INCLUDE_KEYS.map((k) => (
                <Checkbox key={k} className="checkbox" isSelected={include[k]} onChange={(on) => setInclude((i) => ({ ...i, [k]: on }))}>
                  {t(`exportDialog.includes.${k}`)}
                </Checkbox>
              ))}
            </div>
          </fieldset>
        )}
        <div className="radio-row-pair">
          {format === 'pdf' && (
            <RadioGroup className="field" value={paper} onChange={(v) => setPaper(v as 'a4' | 'letter')}>
              <Label>{t('exportDialog.paper')}</Label>
              <div className="radio-row">
                <Radio value="a4" className="radio">A4</Radio>
                <Radio value="letter" className="radio">Letter</Radio>
              </div>
            </RadioGroup>
          )}
          <RadioGroup className="field" value={lang} onChange={(v) => setLang(v as Language)}>
            <Label>{t('exportDialog.language')}</Label>
            <div className="radio-row">
              <Radio value="zh-CN" className="radio">{t('language.zh-CN')}</Radio>
              <Radio value="en" className="radio">{t('language.en')}</Radio>
            </div>
          </RadioGroup>
        </div>
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('action.cancel')}
          </Button>
          <Button className="button button-primary" isDisabled={busy} onPress={() => void run()}>
            {busy ? t('exportDialog.working') : t('exportDialog.confirm')}
          </Button>
        </div>
      </div>
    </DialogShell>
  );
}
