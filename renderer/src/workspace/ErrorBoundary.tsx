// Failure stays local: a view that throws while rendering is replaced by a card saying so, and
// the rest of the window keeps working. A pane's card offers to try again; a record's card
// (see ClaimFailure) offers to repair or delete the record.
import { Component, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface Props {
  /** What is shown instead of the children once they have thrown. */
  fallback(error: Error, retry: () => void): ReactNode;
  /** Shows the children again when any of these changes (another record selected, the record edited). */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

interface State {
  error: Error | null;
  keys: readonly unknown[];
}

const changed = (a: readonly unknown[], b: readonly unknown[]) => a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]));

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return changed(props.resetKeys, state.keys) ? { error: null, keys: props.resetKeys } : null;
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}

/** A pane (or a section of one) that failed: named, with the error and a way to try again. */
export function PaneFailure({ pane, error, retry }: { pane: string; error: Error; retry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="failure-card" role="alert">
      <h3 className="empty-title">{t('failure.paneTitle', { pane })}</h3>
      <p className="empty-body">{t('failure.paneBody', { detail: error.message })}</p>
      <Button className="button" onPress={retry}>
        {t('failure.retry')}
      </Button>
    </div>
  );
}

/** A boundary around a pane or a navigator section. */
export function PaneBoundary({ pane, children }: { pane: string; children: ReactNode }) {
  return (
    <ErrorBoundary resetKeys={[]} fallback={(error, retry) => <PaneFailure pane={pane} error={error} retry={retry} />}>
      {children}
    </ErrorBoundary>
  );
}
