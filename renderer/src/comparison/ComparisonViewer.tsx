// The comparison viewer: screenshots side by side with one zoom and pan, or one at a time; for
// two of them a swipe slider, an onion skin and a pixel difference; region notes drawn on the
// images and listed with their numbers. F toggles full screen; ← → step through screenshots.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button, ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/domain/comparison';
import { regionColourAt, hexOf } from '../../../shared/comparison/palette';
import { useClient } from '../api/ClientContext';
import { assetUrl } from '../api/assets';
import { DialogShell } from '../app/DialogShell';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { ShotPane, type Rect } from './ShotPane';
import { useViewTransform } from './useViewTransform';
import { RegionList } from './RegionList';
import { ItemOrder } from './ItemOrder';
import { CaptureTimes } from './CaptureTimes';

type Mode = 'side' | 'single' | 'swipe' | 'onion' | 'diff';
const MODES: Mode[] = ['side', 'single', 'swipe', 'onion', 'diff'];

export function ComparisonViewer({ comparison, onClose }: { comparison: Comparison; onClose(): void }) {
  const { t } = useTranslation();
  const { api, transport } = useClient();
  const ws = useWorkspace();
  const { view, zoomAt, panBy, fit, actualSize } = useViewTransform();
  const [mode, setMode] = useState<Mode>('side');
  const [current, setCurrent] = useState(0);
  const [pair, setPair] = useState<[number, number]>([0, 1]);
  const [swipe, setSwipe] = useState(50);
  const [opacity, setOpacity] = useState(50);
  const [drawing, setDrawing] = useState(false);
  const [diff, setDiff] = useState<{ key: string; url: string; share: number } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const items = comparison.items;
  const src = (hash: string) => assetUrl(transport, hash);
  const firstNumbers = useMemo(() => items.reduce<number[]>((acc, it, i) => [...acc, (acc[i - 1] ?? 1) + (i ? items[i - 1]!.regions.length : 0)], []), [items]);
  const [a, b] = [items[pair[0]]!, items[pair[1]] ?? items[0]!];
  const diffKey = `${a.assetHash}:${b.assetHash}`;

  useEffect(() => {
    if (mode !== 'diff' || diff?.key === diffKey) return;
    let live = true;
    void api.pixelDiff({ a: a.assetHash, b: b.assetHash }).then((r) => {
      if (!live) return;
      if (!r.ok) return ws.notify({ kind: 'error', text: r.error.message });
      setDiff({ key: diffKey, url: URL.createObjectURL(new Blob([r.value.png as BlobPart], { type: 'image/png' })), share: r.value.changedShare });
    });
    return () => {
      live = false;
    };
  }, [mode, diffKey, diff?.key, api, a.assetHash, b.assetHash, ws]);
  useEffect(
    () => () => {
      if (diff) URL.revokeObjectURL(diff.url);
    },
    [diff],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).closest('input, textarea')) return;
      if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void root.current?.requestFullscreen?.();
      } else if (e.key === 'ArrowRight') setCurrent((c) => (c + 1) % items.length);
      else if (e.key === 'ArrowLeft') setCurrent((c) => (c - 1 + items.length) % items.length);
      else if (e.key === '+' || e.key === '=') zoomAt(1.25);
      else if (e.key === '-') zoomAt(0.8);
      else if (e.key === '0') actualSize();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items.length, zoomAt, actualSize]);

  const addRegion = (itemId: string, rect: Rect) => {
    const count = items.reduce((n, it) => n + it.regions.length, 0);
    void ws.mutate(() => api.addRegion({ itemId, region: { ...rect, colour: hexOf(regionColourAt(count)) } }));
  };

  const widest = Math.max(...items.map((i) => i.width ?? 1));
  const fitWidth = useCallback(() => {
    const pane = root.current?.querySelector('.shot-stage');
    fit(widest, pane?.clientWidth ?? 800);
  }, [fit, widest]);
  // Open fitted to the panes' width; later edits (a new region) keep the user's zoom.
  const fitted = useRef(false);
  useLayoutEffect(() => {
    if (fitted.current) return;
    fitted.current = true;
    fitWidth();
  }, [fitWidth]);

  const pane = (i: number, overlay?: React.ReactNode, label?: string) => (
    <ShotPane
      key={items[i]!.id}
      item={items[i]!}
      src={src(items[i]!.assetHash)}
      view={view}
      firstNumber={firstNumbers[i] ?? 1}
      drawing={drawing}
      onZoom={zoomAt}
      onPan={panBy}
      onDrawn={(rect) => addRegion(items[i]!.id, rect)}
      overlay={overlay}
      label={label}
    />
  );

  const twoOnly = items.length >= 2;
  const layer = (hash: string, style: React.CSSProperties, testId: string) => (
    <img className="shot-overlay" src={src(hash)} alt="" style={style} draggable={false} data-testid={testId} />
  );

  return (
    <DialogShell title={comparison.title} onClose={onClose} wide>
      <div ref={root} className="viewer">
        <div className="viewer-toolbar" role="toolbar" aria-label={t('comparison.views')}>
          {MODES.map((m) => (
            <ToggleButton key={m} className="button viewer-toggle" isSelected={mode === m} isDisabled={m !== 'side' && m !== 'single' && !twoOnly} onChange={() => setMode(m)}>
              {t(`comparison.mode.${m}`)}
            </ToggleButton>
          ))}
          <span className="toolbar-gap" />
          <Button className="icon-button" aria-label={t('menu.zoomOut')} onPress={() => zoomAt(0.8)}>−</Button>
          <span className="zoom-value" aria-live="polite">{Math.round(view.scale * 100)}%</span>
          <Button className="icon-button" aria-label={t('menu.zoomIn')} onPress={() => zoomAt(1.25)}>+</Button>
          <Button className="button" onPress={fitWidth}>{t('comparison.fit')}</Button>
          <Button className="button" onPress={actualSize}>100%</Button>
          <ToggleButton className="button viewer-toggle" isSelected={drawing} onChange={setDrawing} isDisabled={ws.readOnly}>
            {t('comparison.drawRegion')}
          </ToggleButton>
          <Button className="button" onPress={() => (document.fullscreenElement ? void document.exitFullscreen() : void root.current?.requestFullscreen?.())}>
            {t('comparison.fullscreen')}
          </Button>
        </div>

        <ItemOrder comparison={comparison} />

        {(mode === 'swipe' || mode === 'onion' || mode === 'diff') && (
          <div className="viewer-pair">
            {(['A', 'B'] as const).map((side, k) => (
              <label key={side} className="field-inline">
                <span>{side}</span>
                <select aria-label={t('comparison.pick', { side })} value={pair[k]} onChange={(e) => setPair((p) => (k === 0 ? [Number(e.target.value), p[1]] : [p[0], Number(e.target.value)]))}>
                  {items.map((it, i) => (
                    <option key={it.id} value={i}>{it.label}</option>
                  ))}
                </select>
              </label>
            ))}
            {mode === 'swipe' && (
              <input type="range" min={0} max={100} value={swipe} aria-label={t('comparison.swipe')} onChange={(e) => setSwipe(Number(e.target.value))} />
            )}
            {mode === 'onion' && (
              <input type="range" min={0} max={100} value={opacity} aria-label={t('comparison.opacity')} onChange={(e) => setOpacity(Number(e.target.value))} />
            )}
            {mode === 'diff' && (
              <span role="status" className="diff-share">
                {diff?.key === diffKey ? t('comparison.changed', { share: (diff.share * 100).toFixed(2) }) : t('comparison.computing')}
              </span>
            )}
          </div>
        )}

        <div className={`viewer-panes viewer-${mode}`} style={{ ['--panes' as string]: String(mode === 'side' ? items.length : 1) }}>
          {mode === 'side' && items.map((_, i) => pane(i))}
          {mode === 'single' && pane(current, undefined, t('comparison.singleLabel', { label: items[current]!.label, n: current + 1, total: items.length }))}
          {mode === 'swipe' && pane(pair[0], layer(b.assetHash, { clipPath: `inset(0 0 0 ${swipe}%)` }, 'swipe-layer'), `${a.label} ⇆ ${b.label}`)}
          {mode === 'onion' && pane(pair[0], layer(b.assetHash, { opacity: opacity / 100 }, 'onion-layer'), `${a.label} + ${b.label}`)}
          {mode === 'diff' && pane(pair[0], diff?.key === diffKey ? <img className="shot-overlay" src={diff.url} alt={t('comparison.mode.diff')} data-testid="diff-image" /> : undefined, `${a.label} − ${b.label}`)}
        </div>

        <RegionList comparison={comparison} firstNumbers={firstNumbers} />

        <CaptureTimes comparison={comparison} />

        <div className="dialog-actions">
          {ws.selectedClaimId && (
            <ToggleButton
              className="button viewer-toggle"
              isDisabled={ws.readOnly}
              isSelected={comparison.claimIds.includes(ws.selectedClaimId)}
              onChange={(on) => {
                const id = ws.selectedClaimId!;
                const claimIds = on ? [...comparison.claimIds, id] : comparison.claimIds.filter((c) => c !== id);
                void ws.mutate(() => api.updateComparison({ id: comparison.id, patch: { claimIds } }));
              }}
            >
              {t('comparison.backsSelectedToggle', { count: comparison.claimIds.length })}
            </ToggleButton>
          )}
          {confirmDelete ? (
            <>
              <span className="form-warning">{t('comparison.confirmDelete', { count: comparison.claimIds.length })}</span>
              <Button className="button" onPress={() => setConfirmDelete(false)}>{t('action.cancel')}</Button>
              <Button
                className="button button-danger-confirm"
                onPress={() => void ws.mutate(() => api.deleteComparison({ id: comparison.id })).then((r) => r !== undefined && onClose())}
              >
                {t('action.remove')}
              </Button>
            </>
          ) : (
            <Button className="button" isDisabled={ws.readOnly} onPress={() => setConfirmDelete(true)}>
              {t('comparison.delete')}
            </Button>
          )}
          <Button className="button button-primary" onPress={onClose}>{t('action.close')}</Button>
        </div>
      </div>
    </DialogShell>
  );
}
