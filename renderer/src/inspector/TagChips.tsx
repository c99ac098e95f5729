// The codebook's tags as toggle chips for one claim; a chip shows its hotkey.
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../shared/domain/claim';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useClaimActions } from '../claims/useClaimActions';

export function TagChips({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { tags, readOnly } = useWorkspace();
  const { toggleTag } = useClaimActions();
  if (tags.length === 0) return <p className="field-help">{t('inspector.noTags')}</p>;
  return (
    <div className="chips" role="group" aria-labelledby="insp-tags">
      {tags.map((tag) => (
        <ToggleButton
          key={tag.id}
          className="chip"
          style={{ '--chip-color': tag.color } as React.CSSProperties}
          isSelected={claim.tagIds.includes(tag.id)}
          isDisabled={readOnly}
          aria-keyshortcuts={tag.hotkey ? String(tag.hotkey) : undefined}
          onChange={() => void toggleTag(claim, tag.id)}
        >
          {tag.name}
          {tag.hotkey && <kbd aria-hidden="true"> {tag.hotkey}</kbd>}
        </ToggleButton>
      ))}
    </div>
  );
}
