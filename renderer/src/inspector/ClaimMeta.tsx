// Who made the claim and who changed it last, and when. Authors are known by id; this
// installation's own id is shown with the user's name.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../shared/domain/claim';
import { useClient } from '../api/ClientContext';

export function ClaimMeta({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const { api } = useClient();
  const [me, setMe] = useState<{ id: string; name: string } | null>(null);
  useEffect(() => {
    let live = true;
    void api.getPreferences().then((p) => live && p.ok && setMe({ id: p.value.installationId, name: p.value.authorName }));
    return () => {
      live = false;
    };
  }, [api]);
  const who = (id: string) => (me && id === me.id ? me.name : id.slice(0, 8));
  const when = (at: string) => new Date(at).toLocaleString(i18n.language);
  return (
    <p className="inspector-meta">
      {t('inspector.created', { who: who(claim.createdBy), when: when(claim.createdAt) })}
      <br />
      {t('inspector.updated', { who: who(claim.updatedBy), when: when(claim.updatedAt) })}
    </p>
  );
}
