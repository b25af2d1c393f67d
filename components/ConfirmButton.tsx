import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface ConfirmButtonProps {
  /** The first button ("Clear all"). */
  label: string;
  /** What the second step asks ("Delete all 3 saved summaries? This cannot be undone."). */
  question: string;
  /** The button that does it ("Delete all 3"). */
  confirm: string;
  onConfirm: () => void;
}

/**
 * A button whose action cannot be undone: a first click only asks, inline, with the action and "Cancel"
 * (window.confirm would block the page and cannot be styled or tested like the rest of it). Focus goes to
 * Cancel, so that a second Enter does not do it.
 */
export function ConfirmButton({ label, question, confirm, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="actions">
      <span id={questionId}>{question}</span>
      <button
        type="button"
        class="danger confirm"
        aria-describedby={questionId}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </button>
      <button
        ref={cancel}
        type="button"
        class="secondary"
        aria-describedby={questionId}
        onClick={() => setAsking(false)}
      >
        Cancel
      </button>
    </div>
  );
}
