/** One entry of a CheckList. */
export interface CheckItem {
  id: string;
  label: string;
}

/** A labelled group of checkboxes over `items`; `checkedIds` are ticked. */
export function CheckList(props: {
  legend: string;
  items: readonly CheckItem[];
  checkedIds: readonly string[];
  onChange: (checkedIds: string[]) => void;
}) {
  const checked = new Set(props.checkedIds);
  const toggle = (id: string, isChecked: boolean) => {
    const next = props.items
      .map((item) => item.id)
      .filter((itemId) => (itemId === id ? isChecked : checked.has(itemId)));
    props.onChange(next);
  };
  return (
    <fieldset className="export-dialog__group export-dialog__group--list">
      <legend>{props.legend}</legend>
      {props.items.map((item) => (
        <label key={item.id} className="export-dialog__choice">
          <input
            type="checkbox"
            checked={checked.has(item.id)}
            onChange={(event) => toggle(item.id, event.currentTarget.checked)}
          />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}
