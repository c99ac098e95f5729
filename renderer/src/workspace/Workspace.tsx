// The three panes: navigator (articles, claims, comparisons), reader, inspector.
import { Navigator, type NavigatorProps } from './Navigator';
import { Reader } from './Reader';
import { Inspector } from './Inspector';

export function Workspace(props: NavigatorProps) {
  return (
    <div className="workspace">
      <Navigator {...props} />
      <Reader />
      <Inspector />
    </div>
  );
}
