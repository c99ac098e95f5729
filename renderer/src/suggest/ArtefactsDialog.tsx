// 文章 → 转载痕迹报告…: how the open article travelled (converter traces, padded quotes,
// half-width punctuation, content-farm lines, …; see shared/artefacts). Nothing here changes
// the article's text; a finding can be kept as a claim tagged 评价 whose note is the explanation,
// in one step (one undo).
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describeSpan } from '../../../shared/anchoring/selectors';
import { artefactReport, type ArtefactFinding } from '../../../shared/artefacts/report';
import { ARTEFACT_KIND_LABELS } from '../../../shared/artefacts/rules';
import { useClient } from '../api/ClientContext';
import { DialogShell } from '../app/DialogShell';
import { useWorkspaceActions } from '../workspace/WorkspaceContext';
import { useReadOnly, useStore, useTagList } from '../store/hooks';

/** The tag a finding kept as a claim is coded with (the default codebook's opinion tag). */
const FINDING_TAG = '评价';

export function ArtefactsDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { api } = useClient();
  const { mutate } = useWorkspaceActions();
  const readOnly = useReadOnly();
  const article = useStore((s) => s.article);
  const tags = useTagList();
  const findings = useMemo(() => (article ? artefactReport(article.content.text) : []), [article]);
  const [kept, setKept] = useState<ReadonlySet<number>>(new Set());
  const en = i18n.language === 'en';

  const keep = async (f: ArtefactFinding, i: number) => {
    if (!article) return;
    const { quote, position } = describeSpan(article.content.text, f.start, f.end);
    const tag = tags.find((x) => x.name === FINDING_TAG);
    const note = [en ? f.explanation.en : f.explanation.zh, f.suggestion ? t('artefacts.suggested', { reading: f.suggestion }) : ''].filter(Boolean).join(' ');
    const made = await mutate(() =>
      api.addClaim({
        articleId: article.id,
        anchor: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end },
        note: { json: '', text: note },
        ...(tag ? { tagIds: [tag.id] } : {}),
      }),
    );
    if (made) setKept((k) => new Set(k).add(i));
  };

  return (
    <DialogShell title={t('artefacts.title')} onClose={onClose} wide>
      {!article ? (
        <p>{t('articleEdit.needArticle')}</p>
      ) : findings.length === 0 ? (
        <p>{t('artefacts.none')}</p>
      ) : (
        <>
          <p className="field-help">{t('artefacts.summary', { count: findings.length })}</p>
          <ol className="artefact-list">
            {findings.map((f, i) => (
              <li key={`${f.kind}:${f.start}:${f.end}`} className="artefact-item">
                <div className="artefact-head">
                  <strong>{en ? ARTEFACT_KIND_LABELS[f.kind].en : ARTEFACT_KIND_LABELS[f.kind].zh}</strong>
                  <q lang="zh-CN">{f.exact.length > 40 ? `${f.exact.slice(0, 40)}…` : f.exact}</q>
                  {f.suggestion && <span className="muted">{t('artefacts.suggested', { reading: f.suggestion })}</span>}
                </div>
                <p className="field-help">{en ? f.explanation.en : f.explanation.zh}</p>
                {!readOnly &&
                  (kept.has(i) ? (
                    <span role="status">{t('artefacts.kept')}</span>
                  ) : (
                    <Button className="button" aria-label={t('artefacts.keepOne', { quote: f.exact.slice(0, 20) })} onPress={() => void keep(f, i)}>
                      {t('artefacts.keep')}
                    </Button>
                  ))}
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('artefacts.close')}
        </Button>
      </div>
    </DialogShell>
  );
}
