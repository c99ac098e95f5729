// The three panes: navigator (articles, claims, comparisons), reader, inspector. Each pane is
// memoised and reads the store itself, so the app shell rendering again (its title, undo state)
// renders no pane; the navigator's callbacks are passed on as stable functions for that reason.
// The side panes can be resized (drag the separator, or focus it and use the arrow keys) and
// collapsed (视图 menu, Ctrl+[ and Ctrl+]); their sizes are remembered. The reader never gets
// narrower than about 30 characters a line: the side panes give way first.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef, type PanelImperativeHandle } from 'react-resizable-panels';
import { Navigator, type NavigatorProps } from './Navigator';
import { Reader } from './Reader';
import { Inspector } from './Inspector';
import { onPaneToggle, type PaneName } from './paneToggles';

/** Below this width a first start shows the navigator collapsed, so the reader keeps its measure. */
const NARROW_WINDOW = 1200;

export function Workspace(props: NavigatorProps) {
  const { t } = useTranslation();
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
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({ id: 'pizhu-workspace', storage: localStorage, onlySaveAfterUserInteractions: true });
  const navigator = usePanelRef();
  const inspector = usePanelRef();
  const firstStartNarrow = useRef(!defaultLayout && window.innerWidth < NARROW_WINDOW);

  useEffect(() => {
    if (firstStartNarrow.current) navigator.current?.collapse();
  }, [navigator]);
  useEffect(
    () =>
      onPaneToggle((pane: PaneName) => {
        const panel: PanelImperativeHandle | null = pane === 'navigator' ? navigator.current : inspector.current;
        if (!panel) return;
        if (panel.isCollapsed()) panel.expand();
        else panel.collapse();
      }),
    [navigator, inspector],
  );

  return (
    <Group className="workspace" id="pizhu-workspace" defaultLayout={defaultLayout} onLayoutChanged={onLayoutChanged}>
      <Panel id="navigator" className="workspace-panel" panelRef={navigator} defaultSize="240px" minSize="200px" maxSize="480px" collapsible groupResizeBehavior="preserve-pixel-size">
        <Navigator {...callbacks} recent={props.recent} />
      </Panel>
      <Separator className="pane-separator" aria-label={t('pane.resizeNavigator')} />
      <Panel id="reader" className="workspace-panel" minSize="34rem">
        <Reader />
      </Panel>
      <Separator className="pane-separator" aria-label={t('pane.resizeInspector')} />
      <Panel id="inspector" className="workspace-panel" panelRef={inspector} defaultSize="300px" minSize="260px" maxSize="560px" collapsible groupResizeBehavior="preserve-pixel-size">
        <Inspector />
      </Panel>
    </Group>
  );
}
