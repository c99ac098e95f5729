// The region notes of a comparison, numbered as on the images, each with its note and colour.
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Comparison, Region } from '../../../shared/domain/comparison';
import { regionFragment } from '../../../shared/domain/comparison';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { DraftInput } from '../app/DraftField';

export function RegionList({ comparison, firstNumbers }: { comparison: Comparison; firstNumbers: number[] }) {
  const { t } = useTranslation();
  const rows = comparison.items.flatMap((item, i) => item.regions.map((r, j) => ({ r, label: item.label, n: (firstNumbers[i] ?? 1) + j })));
  if (rows.length === 0) return <p className="muted region-empty">{t('comparison.noRegions')}</p>;
  return (
    <ol className="region-list" aria-label={t('comparison.regions')}>
      {rows.map(({ r, label, n }) => (
        <RegionRow key={r.id} region={r} label={label} n={n} />
      ))}
    </ol>
  );
}

function RegionRow({ region, label, n }: { region: Region; label: string; n: number }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const ws = useWorkspace();
  return (
    <li className="region-row">
      <span className="region-number" style={{ background: region.colour }} aria-hidden="true">
        {n}
      </span>
      <span className="region-where" title={regionFragment(region)}>
        {label}
      </span>
      <DraftInput
        className="text-field region-note"
        aria-label={t('comparison.regionNote', { n })}
        placeholder={t('comparison.regionPlaceholder')}
        readOnly={ws.readOnly}
        value={region.note.text}
        onCommit={(text) => void ws.mutate(() => api.updateRegion({ id: region.id, patch: { note: { json: '', text } } }))}
      />
      <Button className="icon-button" aria-label={t('comparison.deleteRegion', { n })} isDisabled={ws.readOnly} onPress={() => void ws.mutate(() => api.deleteRegion({ id: region.id }))}>
        ×
      </Button>
    </li>
  );
}
