// Recent projects on the start screen: open one, see which are missing, remove entries.
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RecentEntry } from '../../../shared/api/contract';

interface Props {
  recent: RecentEntry[];
  onOpen(path: string): void;
  onRemove(path: string): void;
}

export function RecentProjects({ recent, onOpen, onRemove }: Props) {
  const { t } = useTranslation();
  if (recent.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h3 className="nav-heading" id="recent-heading">
        {t('menu.recent')}
      </h3>
      <ul className="recent-list">
        {recent.map((r) => (
          <li key={r.path} className="recent-item" data-missing={r.missing || undefined}>
            <Button className="recent-open" isDisabled={r.missing} onPress={() => onOpen(r.path)} aria-label={`${t('project.open')} ${r.title || r.path}`}>
              <span className="recent-title">{r.title || r.path}</span>
              <span className="recent-path" title={r.path}>
                {r.missing ? t('recent.missing') : r.path}
              </span>
            </Button>
            <Button className="recent-remove" aria-label={`${t('recent.remove')}:${r.title || r.path}`} onPress={() => onRemove(r.path)}>
              ×
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
