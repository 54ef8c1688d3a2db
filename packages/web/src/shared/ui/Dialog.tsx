import { useEffectEvent, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/collection.css';
import '../styles/servicing.css';

export type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** buttons at the bottom */
  footer?: ReactNode;
  /** false keeps the caller's tree mounted but shows nothing; default true (mount the dialog to open it) */
  open?: boolean;
  /** 'alertdialog' for confirmations */
  role?: 'dialog' | 'alertdialog';
  /**
   * 'panel' (default): a header with a close button (×), scrolling body; 'compact': title and actions only
   * (the soft-collection screens' look).
   */
  variant?: 'panel' | 'compact';
  /** a wider panel (tables inside) */
  wide?: boolean;
};

/**
 * The one modal dialog of the SPA, on the native <dialog> (focus trap, Escape closes, role "dialog" or "alertdialog"
 * named by its title). Escape calls `onClose`; the caller decides what closing means.
 */
export function Dialog({ title, onClose, children, footer, open = true, role = 'dialog', variant = 'panel', wide }: DialogProps) {
  if (!open) return null;
  return (
    <OpenDialog title={title} onClose={onClose} footer={footer} role={role} variant={variant} wide={wide}>
      {children}
    </OpenDialog>
  );
}

function OpenDialog({ title, onClose, children, footer, role, variant, wide }: Omit<DialogProps, 'open'>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCancel = useEffectEvent((e: Event) => {
    e.preventDefault();
    onClose();
  });

  // a layout effect: its clean-up runs while the element is still in the document, so close() gives focus back
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  if (variant === 'compact') {
    return (
      <dialog ref={ref} className="coll-dialog" role={role} aria-labelledby={titleId}>
        <h2 id={titleId} className="coll-dialog__title">
          {title}
        </h2>
        <div className="coll-dialog__body">{children}</div>
        {footer ? <div className="coll-dialog__actions">{footer}</div> : null}
      </dialog>
    );
  }
  return (
    <dialog ref={ref} className={wide ? 'dialog dialog--wide' : 'dialog'} role={role === 'alertdialog' ? role : undefined} aria-labelledby={titleId}>
      <div className="dialog__head">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="dialog__close" onClick={onClose} aria-label={t('dialog.close')}>
          ×
        </button>
      </div>
      <div className="dialog__body">{children}</div>
      {footer ? <div className="dialog__foot">{footer}</div> : null}
    </dialog>
  );
}
