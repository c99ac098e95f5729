// Team work: merge a colleague's copy (preview, then merge; conflicts keep both values until
// resolved one by one or all at once), and the agreement report between two checkers' copies.
import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ConflictView, MergeReportView } from '../../../shared/api/views';
import type { Result } from '../../../shared/api/result';
import { useClient } from '../api/ClientContext';
import { DialogShell } from './DialogShell';
import { downloadFile } from './download';

/**
 * Loads what a dialog shows once; a failure is reported and closes the dialog, since there is
 * nothing to show.
 */
function useLoaded<T>(load: () => Promise<Result<T>>, onError: (message: string) => void, onClose: () => void): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((r) => {
      if (!live) return;
      if (r.ok) setValue(r.value);
      else {
        onError(r.error.message);
        onClose();
      }
    });
    return () => {
      live = false;
    };
  }, [load, onError, onClose]);
  return value;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function show(value: unknown, deleted: string): string {
  if (value === null || value === undefined) return deleted;
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    const row = value as Record<string, unknown>;
    return String(row.exact ?? row.title ?? row.name ?? row.note_text ?? JSON.stringify(value));
  }
  return String(value);
}

export function MergeDialog({ path, onMerged, onError, onClose }: { path: string; onMerged(report: MergeReportView): void; onError(message: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const [busy, setBusy] = useState(false);
  const preview = useLoaded(useCallback(() => api.mergePreview({ path }), [api, path]), onError, onClose);

  const merge = async (prefer?: 'mine' | 'theirs') => {
    setBusy(true);
    const r = await api.mergeCopy({ path, ...(prefer ? { prefer } : {}) });
    setBusy(false);
    if (!r.ok) return onError(r.error.message);
    onMerged(r.value);
  };

  const s = preview?.summary;
  const nothing = s && total(s.added) + total(s.changed) + total(s.deleted) === 0 && s.conflicts === 0;
  return (
    <DialogShell title={t('team.mergeTitle')} onClose={onClose} wide>
      <p className="muted merge-path">{path}</p>
      {!s ? (
        <p aria-busy="true">…</p>
      ) : nothing ? (
        <p>{t('team.mergeNothing')}</p>
      ) : (
        <>
          <p role="status">
            {t('team.mergeSummary', { added: total(s.added), changed: total(s.changed), deleted: total(s.deleted), conflicts: s.conflicts })}
          </p>
          <ul className="merge-counts">
            {(['added', 'changed', 'deleted'] as const).flatMap((kind) =>
              Object.entries(s[kind]).map(([table, n]) => (
                <li key={`${kind}-${table}`}>
                  {t(`team.tables.${table}`, { defaultValue: table })} · {kind === 'added' ? '+' : kind === 'deleted' ? '−' : '±'}
                  {n}
                </li>
              )),
            )}
          </ul>
          {preview.conflicts.length > 0 && <ConflictTable conflicts={preview.conflicts.map((c, i) => ({ ...c, id: String(i), resolution: null, theirsAuthorId: '' }))} />}
        </>
      )}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('action.cancel')}
        </Button>
        {s && s.conflicts > 0 && (
          <>
            <Button className="button" isDisabled={busy} onPress={() => void merge('mine')}>
              {t('team.mergePreferMine')}
            </Button>
            <Button className="button" isDisabled={busy} onPress={() => void merge('theirs')}>
              {t('team.mergePreferTheirs')}
            </Button>
          </>
        )}
        <Button className="button button-primary" isDisabled={busy || !s || !!nothing} onPress={() => void merge()}>
          {t('team.merge')}
        </Button>
      </div>
    </DialogShell>
  );
}

function ConflictTable({ conflicts, onResolve }: { conflicts: ConflictView[]; onResolve?(id: string, side: 'mine' | 'theirs'): void }) {
  const { t } = useTranslation();
  return (
    <table className="conflicts">
      <thead>
        <tr>
          <th scope="col">{t('team.measure')}</th>
          <th scope="col">{t('team.mine')}</th>
          <th scope="col">{t('team.theirs')}</th>
          {onResolve && <th scope="col" aria-label={t('team.conflictsTitle')} />}
        </tr>
      </thead>
      <tbody>
        {conflicts.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {t(`team.tables.${c.table}`, { defaultValue: c.table })}
              {c.field ? ` · ${c.field}` : ` · ${t('team.editDelete')}`}
            </th>
            <td>{show(c.mine, t('team.deleted'))}</td>
            <td>{show(c.theirs, t('team.deleted'))}</td>
            {onResolve && (
              <td className="conflict-actions">
                <Button className="button" onPress={() => onResolve(c.id, 'mine')}>
                  {t('team.useMine')}
                </Button>
                <Button className="button" onPress={() => onResolve(c.id, 'theirs')}>
                  {t('team.useTheirs')}
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ConflictsDialog({ onResolved, onError, onClose }: { onResolved(): void; onError(message: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const [conflicts, setConflicts] = useState<ConflictView[] | null>(null);

  useEffect(() => {
    let live = true;
    void api.listConflicts({ unresolvedOnly: true }).then((r) => live && r.ok && setConflicts(r.value));
    return () => {
      live = false;
    };
  }, [api]);

  const resolve = async (resolution: 'mine' | 'theirs', ids?: string[]) => {
    const r = await api.resolveConflicts({ resolution, ...(ids ? { ids } : {}) });
    if (!r.ok) return onError(r.error.message);
    const next = await api.listConflicts({ unresolvedOnly: true });
    if (next.ok) setConflicts(next.value);
    onResolved();
  };

  return (
    <DialogShell title={t('team.conflictsTitle')} onClose={onClose} wide>
      {conflicts && conflicts.length === 0 && <p>{t('team.conflictsNone')}</p>}
      {conflicts && conflicts.length > 0 && <ConflictTable conflicts={conflicts} onResolve={(id, side) => void resolve(side, [id])} />}
      <div className="dialog-actions">
        {conflicts && conflicts.length > 0 && (
          <>
            <Button className="button" onPress={() => void resolve('mine')}>
              {t('team.allMine')}
            </Button>
            <Button className="button" onPress={() => void resolve('theirs')}>
              {t('team.allTheirs')}
            </Button>
          </>
        )}
        <Button className="button button-primary" onPress={onClose}>
          {t('action.close')}
        </Button>
      </div>
    </DialogShell>
  );
}

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
const kappa = (v: number | null) => (v === null ? '—' : v.toFixed(2));


export function AgreementDialog({ path, onError, onClose }: { path: string; onError(message: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const data = useLoaded(useCallback(() => api.agreementReport({ path }), [api, path]), onError, onClose);

  const r = data?.report;
  return (
    <DialogShell title={t('team.agreementTitle')} onClose={onClose} wide>
      {!r ? (
        <p aria-busy="true">…</p>
      ) : (
        <div className="agreement">
          <p className="agreement-article">{data.title}</p>
          <p>
            {t('team.matched', { count: r.matched })} · {t('team.onlyMine', { count: r.onlyA.length })} · {t('team.onlyTheirs', { count: r.onlyB.length })}
          </p>
          <table className="conflicts" aria-label={t('team.agreementTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('team.measure')}</th>
                <th scope="col">{t('team.n')}</th>
                <th scope="col">{t('team.percent')}</th>
                <th scope="col">{t('team.kappa')}</th>
              </tr>
            </thead>
            <tbody>
              {[
                { name: t('team.overallTags'), a: r.overallTags },
                { name: t('team.verdicts'), a: r.verdicts },
                ...r.tags.map((tag) => ({ name: tag.name, a: tag })),
              ].map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td>{row.a.n}</td>
                  <td>{pct(row.a.percent)}</td>
                  <td>{kappa(row.a.kappa)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {r.strength.meanAbsoluteDifference !== null && <p>{t('team.strengthDiff', { value: r.strength.meanAbsoluteDifference.toFixed(2) })}</p>}
          {r.disagreements.length > 0 && (
            <>
              <h3 className="nav-heading">{t('team.disagreements')}</h3>
              <ul className="disagreements">
                {r.disagreements.map((d, i) => (
                  <li key={i}>
                    <q>{d.exact}</q> · {d.tag ?? d.kind}: {String(d.a ?? '—')} / {String(d.b ?? '—')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="dialog-actions">
        {data && (
          <>
            <Button className="button" onPress={() => downloadFile('agreement.csv', data.csv, 'text/csv;charset=utf-8')}>
              {t('team.saveCsv')}
            </Button>
            <Button className="button" onPress={() => downloadFile('agreement.html', data.html, 'text/html;charset=utf-8')}>
              {t('team.saveHtml')}
            </Button>
          </>
        )}
        <Button className="button button-primary" onPress={onClose}>
          {t('action.close')}
        </Button>
      </div>
    </DialogShell>
  );
}
