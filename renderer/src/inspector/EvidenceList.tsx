// The evidence items of one claim: add, edit, delete and reorder. 添加证据 opens a blank form
// that is stored only once a field has content (or on 保存 with content), so opening it and
// walking away leaves nothing behind. Forms are keyed by the item, never by its version, so a
// save never re-creates the field being typed in. Items are loaded into the workspace store once
// per claim; edits keep them current through the change sets they return.
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../shared/domain/claim';
import type { EvidenceItem, EvidencePatch } from '../../../shared/domain/evidence';
import type { Result } from '../../../shared/api/result';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useEvidence, useWorkspaceStore } from '../store/hooks';
import { BLANK_EVIDENCE, EvidenceForm, hasContent, type EvidenceValues } from './EvidenceForm';

export function EvidenceList({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const { mutate, readOnly } = useWorkspace();
  const store = useWorkspaceStore();
  const items: EvidenceItem[] = useEvidence(claim.id);
  useEffect(() => void store.loadEvidence(claim.id), [store, claim.id]);
  const [adding, setAdding] = useState(false);
  // The item the open new-evidence form has stored, shown by that form until it closes.
  const [draftId, setDraftId] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const edit = <T,>(call: () => Promise<Result<T>>) => mutate(call);

  const shown = items.filter((i) => i.id !== draftId);
  const move = (from: number, to: number) => {
    const ids = shown.map((i) => i.id);
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    void edit(() => api.reorderEvidence({ claimId: claim.id, orderedIds: ids }));
  };

  return (
    <section className="inspector-section" aria-labelledby="insp-evidence">
      <h3 id="insp-evidence">
        {t('inspector.evidence')} <span className="count">{items.length}</span>
      </h3>
      {shown.map((item, i) => (
        <div key={item.id} className="evidence-item" role="group" aria-label={t('inspector.evidenceN', { n: i + 1 })}>
          <EvidenceForm item={item} readOnly={readOnly} onChange={(patch) => void edit(() => api.updateEvidence({ id: item.id, patch }))} />
          {!readOnly && (
            <div className="evidence-actions">
              <Button className="button" isDisabled={i === 0} aria-label={t('inspector.moveUp', { n: i + 1 })} onPress={() => move(i, i - 1)}>
                <span aria-hidden="true">↑</span>
              </Button>
              <Button className="button" isDisabled={i === shown.length - 1} aria-label={t('inspector.moveDown', { n: i + 1 })} onPress={() => move(i, i + 1)}>
                <span aria-hidden="true">↓</span>
              </Button>
              <Button className="button button-danger" aria-label={t('inspector.deleteEvidence', { n: i + 1 })} onPress={() => void edit(() => api.deleteEvidence({ id: item.id }))}>
                {t('inspector.remove')}
              </Button>
            </div>
          )}
        </div>
      ))}
      {adding && (
        <NewEvidence
          n={shown.length + 1}
          store={async (values) => (await edit(() => api.addEvidence({ claimId: claim.id, item: values })))?.id}
          update={(id, patch) => edit(() => api.updateEvidence({ id, patch }))}
          discard={(id) => edit(() => api.deleteEvidence({ id }))}
          onStored={setDraftId}
          onClose={() => {
            setAdding(false);
            setDraftId(null);
            addButton.current?.focus();
          }}
        />
      )}
      {!readOnly && (
        <Button ref={addButton} className="button" onPress={() => setAdding(true)}>
          {t('inspector.addEvidence')}
        </Button>
      )}
    </section>
  );
}

interface NewEvidenceProps {
  n: number;
  store(values: EvidenceValues): Promise<string | undefined>;
  update(id: string, patch: EvidencePatch): Promise<unknown>;
  discard(id: string): Promise<unknown>;
  onStored(id: string): void;
  onClose(): void;
}

/** A new evidence item: local until a field has content, then stored and edited in place. */
function NewEvidence({ n, store, update, discard, onStored, onClose }: NewEvidenceProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<EvidenceValues>(BLANK_EVIDENCE);
  const latest = useRef(values);
  // Every save waits for the one before it, so the item is stored once and then updated in order.
  const saving = useRef<Promise<string | undefined>>(Promise.resolve(undefined));
  const group = useRef<HTMLDivElement>(null);

  const change = (patch: EvidencePatch) => {
    latest.current = { ...latest.current, ...patch };
    setValues(latest.current);
    saving.current = saving.current.then(async (id) => {
      if (id) {
        await update(id, patch);
        return id;
      }
      if (!hasContent(latest.current)) return undefined;
      const stored = await store(latest.current);
      if (stored) onStored(stored);
      return stored;
    });
  };

  useEffect(() => group.current?.querySelector<HTMLElement>('input, textarea')?.focus(), []);

  return (
    <div ref={group} className="evidence-item evidence-new" role="group" aria-label={t('inspector.evidenceN', { n })}>
      <EvidenceForm item={values} readOnly={false} onChange={change} />
      <div className="evidence-actions">
        <Button className="button button-primary" onPress={() => void saving.current.then(onClose)}>
          {t('inspector.saveEvidence')}
        </Button>
        <Button
          className="button"
          onPress={() =>
            void saving.current.then(async (id) => {
              if (id) await discard(id);
              onClose();
            })
          }
        >
          {t('inspector.cancel')}
        </Button>
      </div>
    </div>
  );
}
