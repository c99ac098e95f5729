// 文件 → 发布设置…: who publishes this project's fact-checks as ClaimReview (organisation, its
// site and logo, the reviewer's byline) and where the report is published. Kept in the project
// file's settings, so everyone who opens the file publishes alike.
import { useState } from 'react';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PublisherSchema, emptyPublisher, type Publisher } from '../../../shared/export/publisher';
import { DialogShell } from './DialogShell';

const FIELDS = ['organization', 'organizationUrl', 'logoUrl', 'reviewer', 'reviewUrlBase'] as const;
const ADDRESSES = new Set<string>(['organizationUrl', 'logoUrl', 'reviewUrlBase']);

export function PublisherDialog({ stored, onSave, onClose }: { stored: Publisher | undefined; onSave(p: Publisher): void; onClose(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Publisher>(stored ?? emptyPublisher());
  const [tried, setTried] = useState(false);
  const parsed = PublisherSchema.safeParse(draft);
  const bad = new Set(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0])));
  return (
    <DialogShell title={t('publisher.title')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (parsed.success) onSave(parsed.data);
        }}
      >
        <p className="dialog-body">{t('publisher.help')}</p>
        <div className="form-grid">
          {FIELDS.map((field, i) => (
            <TextField
              key={field}
              className="field"
              type={ADDRESSES.has(field) ? 'url' : 'text'}
              value={draft[field]}
              onChange={(value) => setDraft((d) => ({ ...d, [field]: value }))}
              isInvalid={tried && bad.has(field)}
              validationBehavior="aria"
              autoFocus={i === 0}
            >
              <Label>{t(`publisher.${field}`)}</Label>
              <Input />
              {field === 'reviewUrlBase' && <Text slot="description" className="field-help">{t('publisher.reviewUrlBaseHelp')}</Text>}
              <FieldError>{t('publisher.badUrl')}</FieldError>
            </TextField>
          ))}
        </div>
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('publisher.cancel')}
          </Button>
          <Button type="submit" className="button button-primary">
            {t('publisher.save')}
          </Button>
        </div>
      </form>
    </DialogShell>
  );
}
