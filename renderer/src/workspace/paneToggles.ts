// Requests to collapse or expand a side pane, from the menu or a shortcut, to the workspace that
// owns the panes (the app shell does not hold the panes' handles).
import { createChannel } from '../app/channel';

export type PaneName = 'navigator' | 'inspector';

const toggles = createChannel<PaneName>();
export const togglePane = (pane: PaneName): void => toggles.send(pane);
export const onPaneToggle = (listener: (pane: PaneName) => void): (() => void) => toggles.listen(listener);
