// The three panes: navigator (articles, claims, comparisons), reader, inspector. Each pane is
// memoised and reads the store itself, so the app shell rendering again (its title, undo state)
// renders no pane; the navigator's callbacks are passed on as stable functions for that reason.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Navigator, type NavigatorProps } from './Navigator';
import { Reader } from './Reader';
import { Inspector } from './Inspector';

export function Workspace(props: NavigatorProps) {
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const callbacks = useMemo(
    () => ({
      onNewProject: () => latest.current.onNewProject(),
      onOpenProject: () => latest.current.onOpenProject(),
      onImport: () => latest.current.onImport(),
      onOpenRecent: (path: string) => latest.current.onOpenRecent(path),
      onRemoveRecent: (path: string) => latest.current.onRemoveRecent(path),
    }),
    [],
  );
  return (
    <div className="workspace">
      <Navigator {...callbacks} recent={props.recent} />
      <Reader />
      <Inspector />
    </div>
  );
}
