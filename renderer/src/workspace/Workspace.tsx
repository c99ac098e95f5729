// The three panes: navigator (articles, claims, comparisons), reader, inspector.
import { Navigator } from './Navigator';
import { Reader } from './Reader';
import { Inspector } from './Inspector';

interface Props {
  onNewProject(): void;
  onOpenProject(): void;
  onImport(): void;
}

export function Workspace(props: Props) {
  return (
    <div className="workspace">
      <Navigator {...props} />
      <Reader />
      <Inspector />
    </div>
  );
}
