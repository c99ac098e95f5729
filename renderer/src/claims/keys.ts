// Which key presses belong to the workspace's single-key shortcuts (1-9, J/K, Ctrl+Enter) and
// which belong to whatever has focus: text fields, dialogs and controls that claim digit keys.
export function isOwnedElsewhere(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target?.closest?.('input, textarea, select, [contenteditable="true"], [role="dialog"], [data-own-keys]');
}
