// How a stored project asset is handed to the renderer, in both modes (the web host's
// /asset/HASH and Electron's pizhu-asset://). Raster images are shown, so they keep their type;
// anything else (an imported original .html, .docx, .txt, an SVG) could act as a page in the
// app's own origin, so it is only ever a download: opaque type, attachment, sandboxed, no sniffing.
const SHOWN_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);

export function assetHeaders(meta: { mime: string; bytes: number }): Record<string, string> {
  const common = {
    'Content-Length': String(meta.bytes),
    'Cache-Control': 'private, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
  };
  if (SHOWN_IMAGES.has(meta.mime.toLowerCase())) return { ...common, 'Content-Type': meta.mime };
  return {
    ...common,
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': 'attachment',
    'Content-Security-Policy': 'sandbox',
  };
}
