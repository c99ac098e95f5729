// When each screenshot of a comparison was taken, corrected by typing: a date-time field per
// screenshot in the UI language's order (year, month, day, hour, minute in Chinese), filled from
// the keyboard segment by segment. Saved when focus leaves the field or on Enter, as one undoable
// edit; a time in the future is refused with a message. The exports show the stored time
// (ClaimReview's dateCreated, the W3C export's screenshots).
import { useState } from 'react';
import { Button, DateField, DateInput, DateSegment, FieldError, I18nProvider, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { getLocalTimeZone, now, type ZonedDateTime } from '@internationalized/date';
import type { Comparison, ComparisonItem } from '../../../shared/domain/comparison';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { fieldValueOf, isInFuture, sameTime, storedValueOf } from './captureTime';

export function CaptureTimes({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  return (
    <I18nProvider locale={i18n.language}>
      <section className="capture-times" aria-labelledby={`capture-times-${comparison.id}`}>
        <h3 id={`capture-times-${comparison.id}`} className="capture-times-title">
          {t('captureTime.title')}
        </h3>
        <p className="field-help">{t('captureTime.help')}</p>
        <ul className="capture-time-list">
          {comparison.items.map((item) => (
            <CaptureTimeRow key={item.id} item={item} />
          ))}
        </ul>
      </section>
    </I18nProvider>
  );
}

function CaptureTimeRow({ item }: { item: ComparisonItem }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const ws = useWorkspace();
  const [draft, setDraft] = useState<ZonedDateTime | null>(() => fieldValueOf(item.capturedAt));
  // A stored time changed from elsewhere (undo, a colleague) replaces what the field shows.
  const [shown, setShown] = useState(item.capturedAt);
  if (shown !== item.capturedAt) {
    setShown(item.capturedAt);
    setDraft(fieldValueOf(item.capturedAt));
  }

  const [placeholder] = useState(() => now(getLocalTimeZone()).set({ hour: 0, minute: 0, second: 0, millisecond: 0 }));

  const save = (value: ZonedDateTime | null) => {
    if (value && isInFuture(value)) return;
    const stored = storedValueOf(value);
    if (sameTime(stored, item.capturedAt)) return;
    void ws.mutate(() => api.updateComparisonItem({ id: item.id, patch: { capturedAt: stored } }));
  };

  return (
    <li className="capture-time-row">
      <DateField
        className="date-field"
        value={draft}
        onChange={setDraft}
        onBlur={() => save(draft)}
        onKeyDown={(e) => e.key === 'Enter' && save(draft)}
        granularity="minute"
        // A zoned placeholder makes the typed value a zoned date-time, stored with its offset.
        placeholderValue={placeholder}
        hideTimeZone
        hourCycle={24}
        isReadOnly={ws.readOnly}
        validationBehavior="aria"
        validate={(value) => (value && isInFuture(value as ZonedDateTime) ? t('captureTime.future') : null)}
      >
        <Label className="capture-time-label">{t('captureTime.label', { label: item.label })}</Label>
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <FieldError className="form-warning" />
      </DateField>
      <Button
        className="button"
        isDisabled={ws.readOnly || (draft === null && item.capturedAt === null)}
        aria-label={t('captureTime.clearOne', { label: item.label })}
        onPress={() => {
          setDraft(null);
          save(null);
        }}
      >
        {t('captureTime.clear')}
      </Button>
    </li>
  );
}
