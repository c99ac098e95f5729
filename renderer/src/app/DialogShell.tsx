// The frame every modal dialog shares: overlay, title, focus trap, Escape to close.
import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export function DialogShell({
  title,
  children,
  onClose,
  dismissable = true,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  onClose(): void;
  dismissable?: boolean;
  wide?: boolean;
}) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      isDismissable={dismissable}
      isKeyboardDismissDisabled={!dismissable}
      onOpenChange={(open) => !open && onClose()}
    >
      <Modal className={wide ? 'modal modal-wide' : 'modal'}>
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
