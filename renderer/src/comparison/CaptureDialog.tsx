// 截取屏幕… (desktop app): pick a screen or a window, then crop the capture; the result joins
// the new comparison like any other screenshot file.
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useClient } from '../api/ClientContext';
import { DialogShell } from '../app/DialogShell';

interface Source {
  id: string;
  name: string;
  kind: 'screen' | 'window';
  preview: Uint8Array;
}

function BytesImage({ bytes, alt, className }: { bytes: Uint8Array; alt: string; className?: string }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'image/png' })), [bytes]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <img src={url} alt={alt} className={className} draggable={false} />;
}

export function CaptureDialog({ onCaptured, onClose }: { onCaptured(file: File): void; onClose(): void }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const [sources, setSources] = useState<Source[] | null>(null);
  const [capture, setCapture] = useState<{ fileName: string; bytes: Uint8Array } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.listCaptureSources().then((r) => {
      if (!live) return;
      if (r.ok) setSources(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const pick = async (id: string) => {
    const r = await api.captureSource({ id });
    if (!r.ok) return setError(r.error.message);
    if (r.value) setCapture(r.value);
  };

  return (
    <DialogShell title={capture ? t('comparison.cropTitle') : t('comparison.captureTitle')} onClose={onClose} wide>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!capture && sources && (
        <ul className="capture-sources">
          {sources.map((s) => (
            <li key={s.id}>
              <Button className="comparison-card" onPress={() => void pick(s.id)}>
                <BytesImage bytes={s.preview} alt="" />
                <span className="nav-item-title">{s.name}</span>
                <span className="nav-item-meta">{s.kind === 'screen' ? t('comparison.captureScreen') : t('comparison.captureWindow')}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {capture && <Crop capture={capture} onDone={onCaptured} />}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('action.cancel')}
        </Button>
      </div>
    </DialogShell>
  );
}

function Crop({ capture, onDone }: { capture: { fileName: string; bytes: Uint8Array }; onDone(file: File): void }) {
  const { t } = useTranslation();
  const img = useRef<HTMLImageElement>(null);
  const [rect, setRect] = useState<{ x: number; y: number; w: number; h: number } | null>(null);
  const start = useRef<{ x: number; y: number } | null>(null);

  const at = (e: PointerEvent) => {
    const r = img.current!.getBoundingClientRect();
    return { x: Math.max(0, Math.min(r.width, e.clientX - r.left)), y: Math.max(0, Math.min(r.height, e.clientY - r.top)) };
  };

  const finish = async () => {
    const el = img.current!;
    const k = el.naturalWidth / el.clientWidth;
    const area = rect && rect.w > 4 && rect.h > 4 ? rect : { x: 0, y: 0, w: el.clientWidth, h: el.clientHeight };
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(area.w * k);
    canvas.height = Math.round(area.h * k);
    canvas.getContext('2d')!.drawImage(el, area.x * k, area.y * k, canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    onDone(new File([blob], capture.fileName, { type: 'image/png' }));
  };

  return (
    <div className="crop">
      <p className="field-help">{t('comparison.cropHelp')}</p>
      <div
        className="crop-stage"
        onPointerDown={(e) => {
          (e.target as Element).setPointerCapture?.(e.pointerId);
          start.current = at(e);
          setRect(null);
        }}
        onPointerMove={(e) => {
          const s = start.current;
          if (!s) return;
          const p = at(e);
          setRect({ x: Math.min(s.x, p.x), y: Math.min(s.y, p.y), w: Math.abs(p.x - s.x), h: Math.abs(p.y - s.y) });
        }}
        onPointerUp={() => (start.current = null)}
      >
        <span ref={(el) => void (img.current = el?.querySelector('img') ?? null)}>
          <BytesImage bytes={capture.bytes} alt={capture.fileName} className="crop-image" />
        </span>
        {rect && <span className="crop-rect" style={{ left: rect.x, top: rect.y, width: rect.w, height: rect.h }} />}
      </div>
      <div className="dialog-actions">
        <Button className="button button-primary" onPress={() => void finish()}>
          {t('comparison.useCapture')}
        </Button>
      </div>
    </div>
  );
}
