// The fields of one evidence item. Text fields save when they lose focus; choices save at once.
import { useTranslation } from 'react-i18next';
import type { EvidenceItem, EvidencePatch } from '../../../shared/domain/evidence';
import { RELIABILITIES, STANCES, type Reliability, type Stance } from '../../../shared/domain/scales';
import { uiLang } from '../claims/present';

type TextField = 'title' | 'url' | 'publisher' | 'date' | 'quote';
const TEXT_FIELDS: TextField[] = ['title', 'url', 'publisher', 'date', 'quote'];

export function EvidenceForm({ item, readOnly, onChange }: { item: EvidenceItem; readOnly: boolean; onChange(patch: EvidencePatch): void }) {
  const { t, i18n } = useTranslation();
  const lang = uiLang(i18n.language);
  return (
    <>
      {TEXT_FIELDS.map((field) => (
        <label key={field} className="evidence-field">
          {t(`inspector.evidenceField.${field}`)}
          {field === 'quote' ? (
            <textarea className="text-field" defaultValue={item.quote} readOnly={readOnly} onBlur={(e) => e.target.value !== item.quote && onChange({ quote: e.target.value })} />
          ) : (
            <input
              className="text-field"
              type={field === 'url' ? 'url' : 'text'}
              defaultValue={item[field]}
              readOnly={readOnly}
              onBlur={(e) => e.target.value !== item[field] && onChange({ [field]: e.target.value })}
            />
          )}
        </label>
      ))}
      <div className="inspector-row">
        <label className="evidence-field">
          {t('inspector.evidenceField.stance')}
          <select className="select-field" value={item.stance} disabled={readOnly} onChange={(e) => onChange({ stance: e.target.value as Stance })}>
            {STANCES.map((s) => (
              <option key={s.value} value={s.value}>
                {lang === 'en' ? s.en : s.zh}
              </option>
            ))}
          </select>
        </label>
        <label className="evidence-field">
          {t('inspector.evidenceField.reliability')}
          <select
            className="select-field"
            value={item.reliability ?? ''}
            disabled={readOnly}
            onChange={(e) => onChange({ reliability: (e.target.value || null) as Reliability | null })}
          >
            <option value="">—</option>
            {RELIABILITIES.map((r) => (
              <option key={r.value} value={r.value}>
                {lang === 'en' ? r.en : r.zh}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="evidence-field">
        {t('inspector.evidenceField.note')}
        <textarea
          className="text-field"
          defaultValue={item.note.text}
          readOnly={readOnly}
          onBlur={(e) => e.target.value !== item.note.text && onChange({ note: { json: '', text: e.target.value } })}
        />
      </label>
    </>
  );
}
