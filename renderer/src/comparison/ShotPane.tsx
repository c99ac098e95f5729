// One screenshot in the viewer: the image under the shared zoom and pan, its numbered region
// marks, and (in drawing mode) a rectangle drawn with the pointer in image pixels.
import { useRef, useState, type PointerEvent, type ReactNode, type WheelEvent } from 'react';
import type { ComparisonItem } from '../../../shared/domain/comparison';
import type { ViewTransform } from './useViewTransform';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Props {
  item: ComparisonItem;
  src: string;
  view: ViewTransform;
  /** The first region's number: regions are numbered across the whole comparison. */
  firstNumber: number;
  drawing: boolean;
  onZoom(factor: number, px: number, py: number): void;
  onPan(dx: number, dy: number): void;
  onDrawn(rect: Rect): void;
  /** Layers drawn over the image in the same coordinates (swipe, onion, difference). */
  overlay?: ReactNode;
  label?: string;
}

export function ShotPane({ item, src, view, firstNumber, drawing, onZoom, onPan, onDrawn, overlay, label }: Props) {
  const stage = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<Rect | null>(null);
  const drag = useRef<{ x: number; y: number; ix: number; iy: number } | null>(null);
  const width = item.width ?? 0;
  const height = item.height ?? 0;

  const toImage = (e: PointerEvent) => {
    const r = stage.current!.getBoundingClientRect();
    return { x: (e.clientX - r.left - view.x) / view.scale, y: (e.clientY - r.top - view.y) / view.scale };
  };
  const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v)));

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const r = stage.current!.getBoundingClientRect();
    onZoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
  };

  const onPointerDown = (e: PointerEvent) => {
    (e.target as Element).setPointerCapture?.(e.pointerId);
    const p = toImage(e);
    drag.current = { x: e.clientX, y: e.clientY, ix: p.x, iy: p.y };
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    if (drawing) {
      const p = toImage(e);
      const x = clamp(Math.min(d.ix, p.x), width);
      const y = clamp(Math.min(d.iy, p.y), height);
      setDraft({ x, y, width: clamp(Math.max(d.ix, p.x), width) - x, height: clamp(Math.max(d.iy, p.y), height) - y });
    } else {
      onPan(e.clientX - d.x, e.clientY - d.y);
      drag.current = { ...d, x: e.clientX, y: e.clientY };
    }
  };
  const onPointerUp = () => {
    drag.current = null;
    if (draft && draft.width >= 4 && draft.height >= 4) onDrawn(draft);
    setDraft(null);
  };

  return (
    <figure className="shot-pane" aria-label={label ?? item.label}>
      <figcaption className="shot-label">
        <strong>{item.label}</strong>
        {item.caption && <span className="muted"> · {item.caption}</span>}
      </figcaption>
      <div
        ref={stage}
        className={drawing ? 'shot-stage drawing' : 'shot-stage'}
        data-testid={`stage-${item.label}`}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        <div className="shot-layer" style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`, width, height }}>
          <img src={src} alt={item.label} width={width} height={height} draggable={false} loading="lazy" decoding="async" />
          {overlay}
          <svg className="shot-regions" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
            {item.regions.map((r, i) => (
              <g key={r.id}>
                <rect x={r.x} y={r.y} width={r.width} height={r.height} fill="none" stroke={r.colour} strokeWidth={3 / view.scale} />
                <circle cx={r.x} cy={r.y} r={12 / view.scale} fill={r.colour} />
                <text x={r.x} y={r.y} dy={4.5 / view.scale} fontSize={13 / view.scale} textAnchor="middle" fill="#fff">
                  {firstNumber + i}
                </text>
              </g>
            ))}
            {draft && <rect x={draft.x} y={draft.y} width={draft.width} height={draft.height} fill="rgba(229,72,77,0.15)" stroke="#e5484d" strokeDasharray={`${6 / view.scale}`} strokeWidth={2 / view.scale} />}
          </svg>
        </div>
      </div>
    </figure>
  );
}
