// Edits of one claim, each saved at once through the workspace's mutate (and so undoable).
import { useMemo } from 'react';
import type { Claim, ClaimPatch } from '../../../shared/domain/claim';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';

export function useClaimActions() {
  const { api } = useClient();
  const { mutate } = useWorkspace();
  return useMemo(
    () => ({
      update: (id: string, patch: ClaimPatch) => mutate(() => api.updateClaim({ id, patch })),
      toggleTag: (claim: Claim, tagId: string) =>
        mutate(() =>
          api.updateClaim({
            id: claim.id,
            patch: { tagIds: claim.tagIds.includes(tagId) ? claim.tagIds.filter((id) => id !== tagId) : [...claim.tagIds, tagId] },
          }),
        ),
    }),
    [api, mutate],
  );
}
