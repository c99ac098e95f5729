// 截取屏幕…: screens and windows to capture, through desktopCapturer, and a full-resolution PNG
// of the one the user picks.
import { desktopCapturer, screen } from 'electron';
import type { ApiHandlers } from '../../shared/api/contract';

const PREVIEW = { width: 320, height: 200 };

export const listCaptureSources: ApiHandlers['listCaptureSources'] = async () => {
  const sources = await desktopCapturer.getSources({ types: ['screen', 'window'], thumbnailSize: PREVIEW, fetchWindowIcons: false });
  return sources.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.id.startsWith('screen:') ? ('screen' as const) : ('window' as const),
    preview: new Uint8Array(s.thumbnail.toPNG()),
  }));
};

export const captureSource: ApiHandlers['captureSource'] = async ({ id }) => {
  // The largest display bounds the capture size: a window or screen is never captured larger.
  const largest = screen.getAllDisplays().reduce(
    (m, d) => ({ width: Math.max(m.width, d.size.width * d.scaleFactor), height: Math.max(m.height, d.size.height * d.scaleFactor) }),
    { width: 0, height: 0 },
  );
  const sources = await desktopCapturer.getSources({ types: ['screen', 'window'], thumbnailSize: largest, fetchWindowIcons: false });
  const source = sources.find((s) => s.id === id);
  if (!source || source.thumbnail.isEmpty()) return null;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return { fileName: `capture-${stamp}.png`, bytes: new Uint8Array(source.thumbnail.toPNG()) };
};
