/** Props of HistoryButton. */
interface HistoryButtonProps {
  label: string;
  /** The arrow's SVG path: a curl to the left for undo, to the right for redo. */
  iconPath: string;
  shortcuts: string;
  isEnabled: boolean;
  onClick: () => void;
}

/** An icon-only undo or redo button; its name (and tooltip) is the label, so screen readers say what it does. */
export function HistoryButton({ label, iconPath, shortcuts, isEnabled, onClick }: HistoryButtonProps) {
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={!isEnabled}
      aria-label={label}
      title={label}
      onClick={onClick}
      aria-keyshortcuts={shortcuts}
    >
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d={iconPath}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}
