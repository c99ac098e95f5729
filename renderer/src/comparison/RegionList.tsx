// The region notes of a comparison, numbered as on the images, each with its note and colour.
import { useState } from 'react';
import { Button, Input, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Comparison, Region } from '../../../shared/domain/comparison';
import { regionFragment } from '../../../shared/domain/comparison';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';

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
  const [note, setNote] = useState(region.note.text);
  const save = () => note !== region.note.text && void ws.mutate(() => api.updateRegion({ id: region.id, patch: { note: { json: '', text: note } } }));
  return (
    <li className="region-row">
      <span className="region-number" style={{ background: region.colour }} aria-hidden="true">
        {n}
      </span>
      <span className="region-where" title={regionFragment(region)}>
        {label}
      </span>
      <TextField className="region-note" value={note} onChange={setNote} onBlur={save} aria-label={t('comparison.regionNote', { n })} isReadOnly={ws.readOnly}>
        <Input placeholder={t('comparison.regionPlaceholder')} onKeyDown={(e) => e.key === 'Enter' && save()} />
      </TextField>
      <Button className="icon-button" aria-label={t('comparison.deleteRegion', { n })} isDisabled={ws.readOnly} onPress={() => void ws.mutate(() => api.deleteRegion({ id: region.id }))}>
        ×
      </Button>
    </li>
  );
}
