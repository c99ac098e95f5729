// The claims list's filters (tag, verdict, status, strength, orphans) and its sort order.
// Memoised: the list renders again at every claim edit, the filters only when they change.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, STRENGTHS, VERDICTS, scaleText } from '../../../shared/domain/scales';
import type { Tag } from '../../../shared/domain/codebook';
import { NONE, type ClaimFilter } from './filter';

interface Props {
  filter: ClaimFilter;
  tags: readonly Tag[];
  onChange(filter: ClaimFilter): void;
}

export const ClaimFilters = memo(function ClaimFilters({ filter, tags, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<ClaimFilter>) => onChange({ ...filter, ...patch });
  const scaleOptions = (scale: readonly { value: string | number; zh: string; tw: string; en: string }[]) =>
    scale.map((e) => (
      <option key={e.value} value={String(e.value)}>
        {scaleText(e, i18n.language)}
      </option>
    ));
  return (
    <div className="claims-filters" role="group" aria-label={t('claims.filters')}>
      <label>
        {t('claims.tag')}
        <select className="select-field" value={filter.tag} onChange={(e) => set({ tag: e.target.value })}>
          <option value="">{t('claims.all')}</option>
          <option value={NONE}>{t('claims.none')}</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('claims.verdict')}
        <select className="select-field" value={filter.verdict} onChange={(e) => set({ verdict: e.target.value })}>
          <option value="">{t('claims.all')}</option>
          <option value={NONE}>{t('claims.none')}</option>
          {scaleOptions(VERDICTS)}
        </select>
      </label>
      <label>
        {t('claims.status')}
        <select className="select-field" value={filter.status} onChange={(e) => set({ status: e.target.value })}>
          <option value="">{t('claims.all')}</option>
          {scaleOptions(STATUSES)}
        </select>
      </label>
      <label>
        {t('claims.strength')}
        <select className="select-field" value={filter.strength} onChange={(e) => set({ strength: e.target.value })}>
          <option value="">{t('claims.all')}</option>
          <option value={NONE}>{t('claims.none')}</option>
          {scaleOptions(STRENGTHS)}
        </select>
      </label>
      <label>
        {t('claims.sort')}
        <select className="select-field" value={filter.sort} onChange={(e) => set({ sort: e.target.value as ClaimFilter['sort'] })}>
          <option value="position">{t('claims.byPosition')}</option>
          <option value="updated">{t('claims.byUpdated')}</option>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filter.orphansOnly} onChange={(e) => set({ orphansOnly: e.target.checked })} />
        {t('claims.orphansOnly')}
      </label>
    </div>
  );
});
