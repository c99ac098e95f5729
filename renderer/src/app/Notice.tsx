// A transient message at the bottom of the window (errors stay until dismissed).
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export interface NoticeMessage {
  kind: 'info' | 'error';
  text: string;
}

export function Notice({ message, onDismiss }: { message: NoticeMessage; onDismiss(): void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (message.kind === 'error') return;
    const timer = setTimeout(onDismiss, 4000);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div className={`notice notice-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      <span>{message.text}</span>
      <Button className="notice-close" aria-label={t('action.close')} onPress={onDismiss}>
        ×
      </Button>
    </div>
  );
}
