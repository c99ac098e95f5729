// Team sync in the status bar: the state (已同步 / 同步中 / 离线，N 项待上传 / 同步出错：reason),
// the conflicts waiting to be settled (a button opening the list), and who else is in the
// project as small avatars, each naming the claim they have selected. Nothing shows for a
// project that does not sync.
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SyncPeer, SyncStatusView } from '../../../shared/sync/views';
import { useStore } from '../store/hooks';
import { hueOf, initialsOf, useSyncStatus } from './sync-status';

function stateText(status: SyncStatusView, t: TFunction): string {
  switch (status.state) {
    case 'synced':
      return t('teamSync.synced');
    case 'syncing':
      return t('teamSync.syncing');
    case 'offline':
      return t('teamSync.offline', { count: status.pending });
    case 'error':
      return t('teamSync.error', { reason: status.error ?? '' });
    default:
      return '';
  }
}

export function Avatar({ peer, label }: { peer: SyncPeer; label: string }) {
  return (
    <span className="sync-avatar" style={{ '--peer-hue': hueOf(peer.id) } as React.CSSProperties} title={label} aria-label={label} role="img">
      {initialsOf(peer.name)}
    </span>
  );
}

function PeerAvatar({ peer }: { peer: SyncPeer }) {
  const { t } = useTranslation();
  const quote = useStore((s) => (peer.claimId ? (s.claims.byId[peer.claimId]?.anchor.exact ?? null) : null));
  return <Avatar peer={peer} label={quote ? t('teamSync.peerOn', { name: peer.name, quote }) : t('teamSync.peerHere', { name: peer.name })} />;
}

export function SyncStatusBar({ onOpenConflicts }: { onOpenConflicts(): void }) {
  const { t } = useTranslation();
  const status = useSyncStatus((s) => s);
  if (!status || status.state === 'off') return null;
  const text = stateText(status, t);
  return (
    <div className="sync-indicator" role="group" aria-label={t('teamSync.statusLabel')}>
      {status.peers.length > 0 && (
        <span className="sync-peers" role="list" aria-label={t('teamSync.peers')}>
          {status.peers.map((peer) => (
            <span role="listitem" key={peer.id}>
              <PeerAvatar peer={peer} />
            </span>
          ))}
        </span>
      )}
      {status.conflicts > 0 && (
        <Button className="sync-conflicts" onPress={onOpenConflicts}>
          {t('teamSync.conflicts', { count: status.conflicts })}
        </Button>
      )}
      <span className="sync-state" data-state={status.state} role="status" title={text}>
        {text}
      </span>
    </div>
  );
}

/** Avatars of the colleagues who have this claim selected (in the claims list's row). */
export function ClaimPeers({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const here = useSyncStatus((s) => s?.peers.filter((p) => p.claimId === claimId).map((p) => `${p.id}\u0000${p.name}`).join('\u0001') ?? '');
  if (!here) return null;
  const peers = here.split('\u0001').map((entry) => {
    const [id, name] = entry.split('\u0000') as [string, string];
    return { id, name, claimId };
  });
  return (
    <span className="claim-peers" aria-label={t('teamSync.claimPeers', { names: peers.map((p) => p.name).join('、') })} role="group">
      {peers.map((peer) => (
        <Avatar key={peer.id} peer={peer} label={peer.name} />
      ))}
    </span>
  );
}
