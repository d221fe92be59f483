/**
 * A row of toggle buttons of which one is on (`aria-pressed`): two or three views of the same
 * thing (directory or graph, annual or cumulative, chart or table). One Tab stop per button.
 */
export function SegmentedControl<V extends string | boolean>({
  label,
  options,
  value,
  onChange,
  small = false,
}: {
  /** Names the group for assistive technology ("Deaths: annual or cumulative"). */
  label: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  small?: boolean;
}) {
  return (
    <div
      className={small ? 'segmented segmented--small' : 'segmented'}
      role="group"
      aria-label={label}
    >
      {options.map((option) => (
        <button
          key={String(option.value)}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
