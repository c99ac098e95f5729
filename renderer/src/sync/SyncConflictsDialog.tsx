// The shared conflict list of team sync: every verdict or status two colleagues set differently
// without seeing each other's edit, and every claim one deleted while another edited it, with
// who set what. Choosing one value settles it for everyone. Keyboard: ↑ ↓ move between the
// choices of the whole list, Enter chooses, Escape closes.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SyncConflictHead, SyncConflictView } from '../../../shared/sync/views';
import { STATUSES, VERDICTS, scaleLabel } from '../../../shared/domain/scales';
import { useClient } from '../api/ClientContext';
import { DialogShell } from '../app/DialogShell';
import { useWorkspaceActions } from '../workspace/WorkspaceContext';
import { uiLang } from '../claims/present';
import { pokeSync } from './sync-status';

function valueText(conflict: SyncConflictView, head: SyncConflictHead, t: (k: string) => string, language: string): string {
  if (conflict.field === '~deleted') return t(head.value === true ? 'teamSync.valueDeleted' : 'teamSync.valueKept');
  if (head.value === null) return t('teamSync.valueNone');
  const scale = conflict.field === 'verdict' ? VERDICTS : conflict.field === 'status' ? STATUSES : null;
  const label = scale ? scaleLabel<unknown>(scale, head.value, uiLang(language)) : undefined;
  return label ?? String(head.value);
}

const FIELD_KEYS: Record<string, string> = { verdict: 'teamSync.fieldVerdict', status: 'teamSync.fieldStatus', '~deleted': 'teamSync.fieldDeleted' };

export function SyncConflictsDialog({ onError, onClose }: { onError(message: string): void; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { api } = useClient();
  const ws = useWorkspaceActions();
  const [conflicts, setConflicts] = useState<SyncConflictView[] | null>(null);
  const list = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    const r = await api.syncConflicts();
    if (!r.ok) return onError(r.error.message);
    setConflicts(r.value);
  }, [api, onError]);

  useEffect(() => {
    let live = true;
    void api.syncConflicts().then((r) => {
      if (!live) return;
      if (r.ok) setConflicts(r.value);
      else onError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, onError]);

  // The first choice has the focus once the list is there, and again after each settling.
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[data-choice]')?.focus();
  }, [conflicts]);

  const choose = async (conflict: SyncConflictView, head: SyncConflictHead) => {
    const done = await ws.mutate(() => api.syncResolve({ table: conflict.table, id: conflict.id, field: conflict.field, value: head.value as string | boolean | null }));
    if (done === undefined) return;
    pokeSync();
    await load();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const choices = [...(list.current?.querySelectorAll<HTMLElement>('[data-choice]') ?? [])];
    const at = choices.indexOf(document.activeElement as HTMLElement);
    const next = choices[Math.min(choices.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <DialogShell title={t('teamSync.conflictsTitle')} onClose={onClose} wide>
      <p className="field-help">{t('teamSync.conflictsHelp')}</p>
      {conflicts && conflicts.length === 0 && <p className="dialog-body">{t('teamSync.conflictsNone')}</p>}
      <div ref={list} className="sync-conflicts-list" onKeyDown={onKeyDown}>
        {conflicts?.map((conflict) => {
          const label = t('teamSync.conflictRow', { quote: conflict.quote ?? conflict.id, field: t(FIELD_KEYS[conflict.field] ?? conflict.field) });
          return (
            <section key={`${conflict.table}:${conflict.id}:${conflict.field}`} className="sync-conflict" role="group" aria-label={label}>
              <h3 className="sync-conflict-title">{label}</h3>
              <ul className="sync-conflict-heads">
                {conflict.heads.map((head) => {
                  const value = valueText(conflict, head, t, i18n.language);
                  return (
                    <li key={head.entryId}>
                      <Button className="button" data-choice onPress={() => void choose(conflict, head)}>
                        {t('teamSync.choose', { value, name: head.authorName })}
                      </Button>
                      <time className="muted" dateTime={head.at}>
                        {new Date(head.at).toLocaleString(i18n.language)}
                      </time>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      <div className="dialog-actions">
        <Button className="button button-primary" onPress={onClose}>
          {t('action.close')}
        </Button>
      </div>
    </DialogShell>
  );
}
