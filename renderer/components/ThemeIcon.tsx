import type { ThemePreference } from '../store/ui-slice';

/** Props of ThemeIcon. */
interface ThemeIconProps {
  theme: ThemePreference;
}

/** A small line icon for a theme choice (monitor, sun, moon); decorative, the radio carries the name. */
export function ThemeIcon({ theme }: ThemeIconProps) {
  const common = {
    width: 16,
    height: 16,
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 1.8,
  };
  if (theme === 'system')
    return (
      <svg {...common} aria-hidden="true" focusable="false">
        <rect x="3" y="4" width="18" height="12" rx="2" />
        <path d="M8 20h8M12 16v4" strokeLinecap="round" />
      </svg>
    );
  if (theme === 'light')
    return (
      <svg {...common} aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="4" />
        <path
          d="M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4"
          strokeLinecap="round"
        />
      </svg>
    );
  return (
    <svg {...common} aria-hidden="true" focusable="false">
      <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" strokeLinejoin="round" />
    </svg>
  );
}
