import { useEffect, useId, useRef, type ReactNode } from 'react';

type DialogProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
  /** 'alertdialog' for confirmations */
  role?: 'dialog' | 'alertdialog';
};

/** Modal dialog on the native <dialog> element (focus trap, Escape closes, accessible name = title). */
export function Dialog({ open, title, onClose, children, actions, role = 'dialog' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="coll-dialog"
      role={role}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="coll-dialog__title">
            {title}
          </h2>
          <div className="coll-dialog__body">{children}</div>
          <div className="coll-dialog__actions">{actions}</div>
        </>
      ) : null}
    </dialog>
  );
}
