// The message a pane shows when it has nothing yet: what it is for and what to do next.
import type { ReactNode } from 'react';

export function EmptyState({ title, body, children }: { title?: string; body: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      {title && <h3 className="empty-title">{title}</h3>}
      <p className="empty-body">{body}</p>
      {children && <div className="empty-actions">{children}</div>}
    </div>
  );
}
