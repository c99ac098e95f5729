// The app's zoom (View → 缩放), as App sets it on the root element. Pointer positions are in
// window pixels; a menu placed inside the zoomed app divides them by it.
export function appZoom(): number {
  return parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--app-zoom')) || 1;
}
