// The fields of one evidence item, in the order they are shown and tabbed through. Text fields
// keep a draft while focused and commit on blur, Enter or a pause; choices commit at once.
// Nothing is sent for a field that did not change.
import { useTranslation } from 'react-i18next';
import type { EvidencePatch, NewEvidenceItem } from '../../../shared/domain/evidence';
import { RELIABILITIES, STANCES, type Reliability, type Stance, scaleText } from '../../../shared/domain/scales';
import { ChoiceSelect, DraftInput, DraftTextArea } from '../app/DraftField';

/** What the form shows: a stored item, or the values of one not stored yet. */
export type EvidenceValues = Required<Pick<NewEvidenceItem, 'title' | 'url' | 'publisher' | 'date' | 'quote' | 'stance' | 'reliability' | 'note'>>;

export const BLANK_EVIDENCE: EvidenceValues = { title: '', url: '', publisher: '', date: '', quote: '', stance: 'context', reliability: null, note: { json: '', text: '' } };

type TextField = 'title' | 'url' | 'publisher' | 'date' | 'quote';
const TEXT_FIELDS: TextField[] = ['title', 'url', 'publisher', 'date', 'quote'];

export function EvidenceForm({ item, readOnly, onChange }: { item: EvidenceValues; readOnly: boolean; onChange(patch: EvidencePatch): void }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {TEXT_FIELDS.map((field) => (
        <label key={field} className="evidence-field">
          {t(`inspector.evidenceField.${field}`)}
          {field === 'quote' ? (
            <DraftTextArea value={item.quote} readOnly={readOnly} onCommit={(quote) => onChange({ quote })} />
          ) : (
            <DraftInput
              type={field === 'url' ? 'url' : 'text'}
              value={item[field]}
              readOnly={readOnly}
              normalize={(v) => v.trim()}
              onCommit={(v) => onChange({ [field]: v })}
            />
          )}
        </label>
      ))}
      <div className="inspector-row">
        <label className="evidence-field">
          {t('inspector.evidenceField.stance')}
          <ChoiceSelect value={item.stance} disabled={readOnly} onCommit={(v) => onChange({ stance: v as Stance })}>
            {STANCES.map((s) => (
              <option key={s.value} value={s.value}>
                {scaleText(s, i18n.language)}
              </option>
            ))}
          </ChoiceSelect>
        </label>
        <label className="evidence-field">
          {t('inspector.evidenceField.reliability')}
          <ChoiceSelect value={item.reliability ?? ''} disabled={readOnly} onCommit={(v) => onChange({ reliability: (v || null) as Reliability | null })}>
            <option value="">—</option>
            {RELIABILITIES.map((r) => (
              <option key={r.value} value={r.value}>
                {scaleText(r, i18n.language)}
              </option>
            ))}
          </ChoiceSelect>
        </label>
      </div>
      <label className="evidence-field">
        {t('inspector.evidenceField.note')}
        <DraftTextArea value={item.note.text} readOnly={readOnly} onCommit={(text) => onChange({ note: { json: '', text } })} />
      </label>
    </>
  );
}

/** Whether a patch gives a new item something worth storing. */
export function hasContent(patch: EvidencePatch): boolean {
  return Object.entries(patch).some(([field, v]) => {
    if (field === 'stance') return v !== BLANK_EVIDENCE.stance;
    if (field === 'note') return !!(v as EvidenceValues['note']).text.trim();
    return typeof v === 'string' ? !!v.trim() : v !== null && v !== undefined;
  });
}
