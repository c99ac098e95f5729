// Matches key events against Electron-style accelerators ("CmdOrCtrl+Shift+Z"), so the shared
// menu description drives the renderer's shortcuts too.
import { menuCommands, type MenuCommand } from '../../../shared/menu';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

export function matchesAccelerator(event: KeyboardEvent, accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const want = { ctrl: false, meta: false, shift: false, alt: false };
  for (const p of parts) {
    if (p === 'CmdOrCtrl') want[isMac() ? 'meta' : 'ctrl'] = true;
    else if (p === 'Shift') want.shift = true;
    else if (p === 'Alt') want.alt = true;
    else if (p === 'Ctrl') want.ctrl = true;
  }
  const pressed = event.key.toLowerCase();
  const keyMatches = pressed === key || (key === '=' && pressed === '+') || (key === ',' && event.code === 'Comma');
  return (
    keyMatches &&
    event.ctrlKey === want.ctrl &&
    event.metaKey === want.meta &&
    event.altKey === want.alt &&
    // "+" needs Shift on most layouts; do not insist on it for zoom in.
    (event.shiftKey === want.shift || key === '=')
  );
}

export function commandForKey(event: KeyboardEvent): MenuCommand | undefined {
  for (const entry of menuCommands()) {
    if (entry.accelerator && !entry.nativeOnly && matchesAccelerator(event, entry.accelerator)) return entry.command;
  }
  return undefined;
}

/** How an accelerator is shown to the user on this platform. */
export function displayAccelerator(accelerator: string): string {
  return accelerator
    .replace('CmdOrCtrl', isMac() ? '⌘' : 'Ctrl')
    .replace('Shift', isMac() ? '⇧' : 'Shift');
}
