// The three panes: navigator (articles, claims, comparisons), reader, inspector. Each pane is
// memoised and reads the store itself, so the app shell rendering again (its title, undo state)
// renders no pane; the navigator's callbacks are passed on as stable functions for that reason.
// The side panes can be resized (drag the separator, or focus it and use the arrow keys) and
// collapsed (视图 menu, Ctrl+[ and Ctrl+]); their sizes are remembered. The reader never gets
// narrower than about 30 characters a line: the side panes give way first. A pane asked for when
// there is no room beside the reader (a narrow window, a large zoom) opens as a drawer over the
// reader instead, and Escape, a click on the reader or the same shortcut closes it.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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
  const [drawer, setDrawer] = useState<PaneName | null>(null);
  const drawerRef = useRef(drawer);
  useLayoutEffect(() => {
    drawerRef.current = drawer;
  });
  useEffect(
    () =>
      onPaneToggle((pane: PaneName) => {
        const panel: PanelImperativeHandle | null = pane === 'navigator' ? navigator.current : inspector.current;
        if (!panel) return;
        if (drawerRef.current === pane) return setDrawer(null);
        if (!panel.isCollapsed()) return panel.collapse();
        panel.expand();
        // The panels library keeps the reader's minimum: no room, so the pane comes as a drawer.
        setDrawer(panel.isCollapsed() ? pane : null);
      }),
    [navigator, inspector],
  );
  useDrawerDismissal(drawer, () => setDrawer(null));
  const panelClass = (pane: PaneName) => `workspace-panel${drawer === pane ? ` is-drawer ${pane}-drawer` : ''}`;

  return (
    <Group className="workspace" id="pizhu-workspace" defaultLayout={defaultLayout} onLayoutChanged={onLayoutChanged}>
      <Panel id="navigator" className={panelClass('navigator')} panelRef={navigator} defaultSize="240px" minSize="200px" maxSize="480px" collapsible groupResizeBehavior="preserve-pixel-size">
        <Navigator {...callbacks} recent={props.recent} />
      </Panel>
      <Separator className="pane-separator" aria-label={t('pane.resizeNavigator')} />
      <Panel id="reader" className="workspace-panel" minSize="34rem">
        <Reader />
      </Panel>
      <Separator className="pane-separator" aria-label={t('pane.resizeInspector')} />
      <Panel id="inspector" className={panelClass('inspector')} panelRef={inspector} defaultSize="300px" minSize="260px" maxSize="560px" collapsible groupResizeBehavior="preserve-pixel-size">
        <Inspector />
      </Panel>
    </Group>
  );
}

/**
 * While a pane is open as a drawer: focus goes into it, and Escape or a press outside it (on the
 * reader) closes it, focus going back where it was.
 */
function useDrawerDismissal(drawer: PaneName | null, close: () => void): void {
  const latestClose = useRef(close);
  useLayoutEffect(() => {
    latestClose.current = close;
  });
  useEffect(() => {
    if (!drawer) return;
    const element = document.querySelector<HTMLElement>(`.${drawer}-drawer`);
    if (!element) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !element.contains(document.activeElement)) return;
      e.preventDefault();
      latestClose.current();
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !element.contains(e.target) && !(e.target instanceof Element && e.target.closest('[role="dialog"], [role="menu"]'))) latestClose.current();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer, true);
      if (before?.isConnected && element.contains(document.activeElement)) before.focus();
    };
  }, [drawer]);
}
