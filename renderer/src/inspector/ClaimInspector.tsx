// One claim in the inspector: its quote, tags, strength, verdict, status, note, evidence, who
// made and changed it, and deleting it. Choices save at once through mutate; text keeps a draft
// while it is typed (see DraftField). It stays mounted from claim to claim (J/K, a new claim):
// the choices are patched in place, and only the parts that hold a claim's own state (the note
// editor, evidence, history, the delete confirmation) start afresh for each claim.
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../shared/domain/claim';
import { STATUSES, VERDICTS, type ClaimStatus, type Verdict, scaleText } from '../../../shared/domain/scales';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useClaimActions } from '../claims/useClaimActions';
import { TagChips } from './TagChips';
import { StrengthControl } from './StrengthControl';
import { NoteEditor } from './NoteEditor';
import { EvidenceList } from './EvidenceList';
import { ClaimMeta } from './ClaimMeta';
import { ClaimComparisons } from './ClaimComparisons';
import { ChoiceSelect } from '../app/DraftField';

export function ClaimInspector({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const { readOnly } = useWorkspace();
  const { update } = useClaimActions();

  return (
    <div className="inspector">
      <section className="inspector-section" aria-labelledby="insp-quote">
        <h3 id="insp-quote">{t('inspector.quote')}</h3>
        <blockquote className="inspector-quote" lang="zh-CN">
          {claim.anchor.exact}
        </blockquote>
        {claim.orphan && <p className="field-help">{t('inspector.orphan')}</p>}
      </section>
      <section className="inspector-section" aria-labelledby="insp-tags">
        <h3 id="insp-tags">{t('inspector.tags')}</h3>
        <TagChips claim={claim} />
      </section>
      <section className="inspector-section" aria-labelledby="insp-strength">
        <h3 id="insp-strength">{t('inspector.strength')}</h3>
        <StrengthControl scope={claim.id} value={claim.strength} labelledBy="insp-strength" onChange={(strength) => void update(claim.id, { strength })} />
      </section>
      <div className="inspector-row">
        <label>
          {t('inspector.verdict')}
          <ChoiceSelect scope={claim.id} value={claim.verdict ?? ''} disabled={readOnly} onCommit={(v) => void update(claim.id, { verdict: (v || null) as Verdict | null })}>
            <option value="">{t('claim.noVerdict')}</option>
            {VERDICTS.map((v) => (
              <option key={v.value} value={v.value}>
                {scaleText(v, i18n.language)}
              </option>
            ))}
          </ChoiceSelect>
        </label>
        <label>
          {t('inspector.status')}
          <ChoiceSelect scope={claim.id} value={claim.status} disabled={readOnly} onCommit={(v) => void update(claim.id, { status: v as ClaimStatus })}>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {scaleText(s, i18n.language)}
              </option>
            ))}
          </ChoiceSelect>
        </label>
      </div>
      <section className="inspector-section" aria-labelledby="insp-note">
        <h3 id="insp-note">{t('inspector.note')}</h3>
        <AfterFirstPaint key={claim.id}>
          <NoteEditor note={claim.note} readOnly={readOnly} onSave={(note) => void update(claim.id, { note })} />
        </AfterFirstPaint>
      </section>
      <AfterFirstPaint key={claim.id}>
        <EvidenceList claim={claim} />
        <ClaimComparisons claimId={claim.id} />
        <ClaimMeta claim={claim} />
      </AfterFirstPaint>
      {!readOnly && <DeleteClaim key={claim.id} claimId={claim.id} />}
    </div>
  );
}

/** Deleting the claim, after a confirmation that belongs to this claim alone. */
function DeleteClaim({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const { mutate, selectClaim } = useWorkspace();
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <div className="inspector-actions">
      {confirmDelete ? (
        <>
          <span role="alert">{t('inspector.confirmDelete')}</span>
          <Button className="button button-danger" onPress={() => void mutate(() => api.deleteClaim({ id: claimId })).then(() => selectClaim(null))}>
            {t('inspector.deleteConfirm')}
          </Button>
          <Button className="button" onPress={() => setConfirmDelete(false)}>
            {t('inspector.cancel')}
          </Button>
        </>
      ) : (
        <Button className="button button-danger" onPress={() => setConfirmDelete(true)}>
          {t('inspector.delete')}
        </Button>
      )}
    </div>
  );
}

/**
 * Nothing on a claim's first render, its children just after: the note editor (a Lexical
 * editor), the evidence and the history mount in a transition once the quote and the choices are
 * painted, so J/K and a new claim show at once and holding J builds no editor per claim passed.
 */
function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  return ready ? children : null;
}
