// What the app shows of team sync, as the API hands it to the renderer: the status bar's state,
// who else is in the project (presence), and the registers in conflict with who set what.
import type { RegisterValue } from './register';

export type SyncState = 'off' | 'synced' | 'syncing' | 'offline' | 'error';

/** A colleague in the project now, and the claim they have selected. */
export interface SyncPeer {
  /** Their author id (installation id); one entry per person however many windows they have. */
  id: string;
  name: string;
  claimId: string | null;
}

export interface SyncStatusView {
  state: SyncState;
  /** The server's address and the project's name there; null when the project does not sync. */
  server: string | null;
  project: string | null;
  /** Local edits the server has not acknowledged yet. */
  pending: number;
  /** Screenshots waiting to go up. */
  uploadsWaiting: number;
  conflicts: number;
  /** Why the state is 'error', in the UI language. */
  error: string | null;
  readOnly: boolean;
  peers: SyncPeer[];
  /** How this app keeps project keys: the OS keychain, or an owner-only file at `keyFile`. */
  keyStorage: 'keychain' | 'file';
  keyFile: string;
}

/** One side of a conflict: a value someone set without seeing the other. */
export interface SyncConflictHead {
  entryId: string;
  value: RegisterValue;
  authorId: string;
  authorName: string;
  at: string;
}

/**
 * A register in conflict: a claim's verdict or status, or a record's deletion against an edit
 * made without seeing it (field `~deleted`, heads true = deleted, false = kept by an edit).
 */
export interface SyncConflictView {
  table: string;
  id: string;
  field: string;
  /** The claim it concerns (the record itself, or the claim it belongs to), to show and select. */
  claimId: string | null;
  articleId: string | null;
  /** The claim's quoted text. */
  quote: string | null;
  heads: SyncConflictHead[];
}
