// Who made the claim and who changed it last, and its history: every change to it, its tags and
// its evidence, by whom and when, newest first (the change log, read through claimHistory).
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../shared/domain/claim';
import type { HistoryEntryView } from '../../../shared/api/views';
import { STATUSES, STRENGTHS, VERDICTS } from '../../../shared/domain/scales';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';

const SCALES: Record<string, readonly { value: unknown; zh: string; en: string }[]> = {
  verdict: VERDICTS,
  strength: STRENGTHS,
  status: STATUSES,
};

export function ClaimMeta({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const { api } = useClient();
  const { tags } = useWorkspace();
  const [history, setHistory] = useState<HistoryEntryView[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let live = true;
    void api.claimHistory({ claimId: claim.id }).then((r) => live && r.ok && setHistory(r.value));
    return () => {
      live = false;
    };
  }, [api, claim.id, claim.updatedAt]);

  const names = new Map(history.map((h) => [h.authorId, h.authorName]));
  const who = (id: string) => names.get(id) ?? id.slice(0, 8);
  const when = (at: string) => new Date(at).toLocaleString(i18n.language);
  const en = i18n.language === 'en';
  const value = (field: string, v: unknown): string => {
    const scale = SCALES[field];
    const entry = scale?.find((e) => e.value === v);
    if (entry) return en ? entry.en : entry.zh;
    if (v === null || v === undefined || v === '') return '—';
    return String(v);
  };
  const describe = (h: HistoryEntryView): string => {
    if (h.table === 'claims' && h.op === 'insert') return t('inspector.history.created');
    if (h.table === 'claims' && h.op === 'delete') return t('inspector.history.deleted');
    if (h.table === 'claim_tags') {
      const id = h.fields[0]?.after ?? h.fields[0]?.before;
      const name = tags.find((tag) => tag.id === id)?.name ?? String(id ?? '');
      return t(h.op === 'insert' ? 'inspector.history.tagAdded' : 'inspector.history.tagRemoved', { tag: name });
    }
    if (h.table === 'evidence_items') return t(`inspector.history.evidence.${h.op}`);
    if (h.table === 'claim_comparisons') return t(h.op === 'insert' ? 'inspector.history.comparisonLinked' : 'inspector.history.comparisonUnlinked');
    return h.fields
      .map((f) => t('inspector.history.field', { field: t(`inspector.history.fields.${f.field}`, { defaultValue: f.field }), before: value(f.field, f.before), after: value(f.field, f.after) }))
      .join(';');
  };

  return (
    <div className="inspector-meta">
      <p>
        {t('inspector.created', { who: who(claim.createdBy), when: when(claim.createdAt) })}
        <br />
        {t('inspector.updated', { who: who(claim.updatedBy), when: when(claim.updatedAt) })}
      </p>
      <Button className="link-button" aria-expanded={open} onPress={() => setOpen((o) => !o)}>
        {t('inspector.history.title', { count: history.length })}
      </Button>
      {open && (
        <ol className="claim-history" aria-label={t('inspector.history.list')}>
          {history.map((h, i) => (
            <li key={i}>
              <span className="history-who">{h.authorName}</span> <span className="muted">{when(h.at)}</span>
              <br />
              {describe(h)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
