import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** 'danger' for destructive actions (focus starts on Cancel), 'primary' otherwise (focus starts on the action) */
  tone?: 'danger' | 'primary';
};

/** A confirmation ("alertdialog"): the action and Cancel; Escape cancels. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel, tone = 'primary' }: ConfirmDialogProps) {
  const danger = tone === 'danger';
  return (
    <Dialog
      open={open}
      role="alertdialog"
      variant="compact"
      title={title}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className={danger ? 'button coll-btn-danger' : 'button button--primary'} onClick={onConfirm} autoFocus={!danger}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel} autoFocus={danger}>
            {cancelLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
